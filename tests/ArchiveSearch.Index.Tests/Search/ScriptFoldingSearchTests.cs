using ArchiveSearch.Index.Schema;
using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Index.Store;

namespace ArchiveSearch.Index.Tests.Search;

/// <summary>Simplified and traditional characters are one script for matching; highlights mark the text as printed.</summary>
public sealed class ScriptFoldingSearchTests : IClassFixture<ScriptFoldingSearchTests.Pages>
{
    private readonly Pages archive;

    public ScriptFoldingSearchTests(Pages archive) => this.archive = archive;

    [Theory]
    [InlineData("图书馆")]
    [InlineData("圖書館")]
    [InlineData("\"圖書館夜間\"")]
    public void A_string_in_either_script_finds_the_articles_printed_in_both(string query)
    {
        var titles = archive.Workspace.Search.Search(new SearchRequest(query)).Hits.Select(h => h.Title).Order().ToArray();

        Assert.Equal(["市图书馆夜间开放", "市圖書館夜間開放"], titles);
    }

    [Fact]
    public void The_highlight_marks_the_traditional_text_as_printed()
    {
        var hit = archive.Workspace.Search.Search(new SearchRequest("图书馆")).Hits.Single(h => h.Title == "市圖書館夜間開放");

        Assert.Equal("市<mark>圖書館</mark>夜間開放", hit.TitleHtml);
        Assert.Contains("<mark>圖書館</mark>", hit.Snippet);
    }

    [Fact]
    public void Folding_adds_no_other_matches()
    {
        Assert.Empty(archive.Workspace.Search.Search(new SearchRequest("\"書館夜開\"")).Hits);
    }

    public sealed class Pages : IndexedArchive
    {
        public Pages()
        {
            Add("simplified", "市图书馆夜间开放", "市图书馆今起夜间开放，读者可借阅到晚上九点。");
            Add("traditional", "市圖書館夜間開放", "市圖書館今起夜間開放，讀者可借閱到晚上九點。");
            Add("other", "公园改造完工", "公园改造工程完工，市民可以入园游览。");
            Workspace.Index.Commit();
        }

        private void Add(string pageId, string title, string body) => Workspace.Writer.ReplacePage(
            new PageRecord(pageId + ".txt", "h", pageId, PageStatus.Indexed, 1, DateTimeOffset.UtcNow),
            PageMetadata.None,
            [new Article { Ordinal = 1, Title = title, Paragraphs = [body] }]);
    }
}
