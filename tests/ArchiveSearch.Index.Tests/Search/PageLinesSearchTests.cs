using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Index.Tests.Search;

/// <summary>Every line of a page is searchable: a match only in a line no article keeps is a hit on the page.</summary>
public sealed class PageLinesSearchTests : IClassFixture<PageLinesSearchTests.Pages>
{
    private readonly Pages archive;

    public PageLinesSearchTests(Pages archive) => this.archive = archive;

    private SearchResponse Find(string query) => archive.Workspace.Search.Search(new SearchRequest(query));

    [Theory]
    [InlineData("卢晓琴")]
    [InlineData("设计制作")]
    [InlineData("第8246期")]
    [InlineData("核心提示")]
    public void A_string_printed_only_outside_the_articles_finds_the_page_with_the_line_as_snippet(string query)
    {
        var hit = Assert.Single(Find(query).Hits);

        Assert.Equal(PageLinesDocuments.HitKind, hit.Kind);
        Assert.Equal(PageLinesDocuments.Title, hit.Title);
        Assert.Equal("page", hit.PageId);
        Assert.Equal("2024-09-12", hit.Date);
        Assert.Contains($"<mark>{query}</mark>", hit.Snippet);
        Assert.DoesNotContain("…", hit.Snippet);
    }

    [Fact]
    public void A_string_of_an_article_finds_the_article_once_and_not_the_page()
    {
        var hits = Find("四个三").Hits;

        Assert.Equal(["产业集群引领 激活发展动能"], hits.Select(h => h.Title));
    }

    [Fact]
    public void The_page_hit_shows_each_matching_line_whole()
    {
        var hit = Find("卢晓琴 OR 核心提示").Hits.Single();

        Assert.Equal(["<mark>核心提示</mark>", "设计制作:<mark>卢晓琴</mark>"], hit.Fragments);
    }

    [Fact]
    public void Page_lines_are_not_counted_as_articles_and_can_be_filtered_by_kind()
    {
        Assert.Equal(1, archive.Workspace.Index.Counts.Articles);
        Assert.Equal(0, archive.Workspace.Search.Search(new SearchRequest("卢晓琴") { Kind = "brief" }).Total);
        Assert.Equal(1, archive.Workspace.Search.Search(new SearchRequest("卢晓琴") { Kind = "page" }).Total);
        Assert.Contains(new FacetValue("page", 1), Find("双辽 OR 卢晓琴").Facets.Kind);
    }

    public sealed class Pages : IndexedArchive
    {
        public Pages()
        {
            var inbox = Directory.CreateTempSubdirectory("archivesearch-page-lines-");
            try
            {
                File.WriteAllText(Path.Combine(inbox.FullName, "page.txt"),
                    "南屏日报\nNANPING RIBAO\n2024年9月12日 星期四 农历八月初十 第8246期 今日8版\n\n产业集群引领 激活发展动能\n\n本报通讯员 郑嘉萱\n\n近年来,双辽经济开发区以做大做强化工园区为引领,建立了“四个三”模式。\n\n核心提示\n\n设计制作:卢晓琴\n");
                File.WriteAllText(Path.Combine(inbox.FullName, "page.json"), "{\"paper\":\"南屏日报\",\"date\":\"2024-09-12\",\"page\":\"1\"}");
                Workspace.Ingest(inbox.FullName);
            }
            finally
            {
                inbox.Delete(recursive: true);
            }
        }
    }
}
