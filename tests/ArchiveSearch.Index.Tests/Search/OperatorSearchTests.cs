using ArchiveSearch.Index.Schema;
using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Index.Store;

namespace ArchiveSearch.Index.Tests.Search;

/// <summary>NOT excludes like a dash; "A B"~N finds A and B within N characters of each other, in either order.</summary>
public sealed class OperatorSearchTests : IClassFixture<OperatorSearchTests.Pages>
{
    private readonly Pages archive;

    public OperatorSearchTests(Pages archive) => this.archive = archive;

    private string[] Titles(string query) =>
        archive.Workspace.Search.Search(new SearchRequest(query) { Size = 100 }).Hits.Select(h => h.Title).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void NOT_excludes_the_articles_that_contain_the_term()
    {
        Assert.Equal(new[] { "延长时间", "开放日", "远处开放", "南屏图书馆" }.Order(StringComparer.Ordinal), Titles("图书馆"));
        Assert.Equal(new[] { "延长时间", "开放日", "远处开放" }.Order(StringComparer.Ordinal), Titles("图书馆 NOT 南屏"));
        Assert.Equal(Titles("图书馆 -南屏"), Titles("图书馆 NOT 南屏"));
    }

    [Fact]
    public void Lower_case_not_is_a_word_that_must_match()
    {
        var response = archive.Workspace.Search.Search(new SearchRequest("\"图书馆\" \"not\""));

        Assert.Equal(0, response.Total);
    }

    [Theory]
    [InlineData(4, new[] { "延长时间" })]
    [InlineData(3, new string[0])]
    [InlineData(6, new[] { "延长时间", "开放日" })]
    [InlineData(200, new[] { "延长时间", "开放日", "远处开放" })]
    public void A_proximity_counts_the_characters_between_the_terms_in_either_order(int within, string[] expected) =>
        Assert.Equal(expected.Order(StringComparer.Ordinal), Titles($"\"图书馆 开放\"~{within}"));

    [Fact]
    public void A_proximity_highlights_each_term()
    {
        var hit = archive.Workspace.Search.Search(new SearchRequest("\"图书馆 开放\"~4")).Hits.Single();

        Assert.Equal("市<mark>图书馆</mark>今起延长<mark>开放</mark>时间。", hit.Snippet);
    }

    [Fact]
    public void Terms_of_any_length_count_alike_and_adjacent_terms_are_within_0()
    {
        Assert.Equal(["延长时间"], Titles("\"馆 延\"~2"));
        Assert.Equal(["开放日"], Titles("\"开放 日当\"~0"));
        Assert.Equal(["开放日"], Titles("\"当天 开放\"~1"));
        Assert.Empty(Titles("\"当天 开放\"~0"));
        Assert.Equal(["远处开放"], Titles("\"WiFi 覆盖\"~3"));
    }

    public sealed class Pages : IndexedArchive
    {
        public Pages()
        {
            // 图书馆 and 开放 with 4 characters between them (今起延长).
            Add("a", "延长时间", "市图书馆今起延长开放时间。");
            // Reversed, 6 characters between them (日当天，市新).
            Add("b", "开放日", "开放日当天，市新图书馆迎客。");
            Add("c", "远处开放", "图书馆" + new string('。', 60) + "新增wifi全覆盖，周末照常开放。");
            Add("d", "南屏图书馆", "南屏市图书馆举办讲座。");
            Workspace.Index.Commit();
        }

        private void Add(string pageId, string title, string body) => Workspace.Writer.ReplacePage(
            new PageRecord(pageId + ".txt", "h", pageId, PageStatus.Indexed, 1, DateTimeOffset.UtcNow),
            PageMetadata.None,
            [new Article { Ordinal = 1, Title = title, Paragraphs = [body] }]);
    }
}
