using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Index.Store;

namespace ArchiveSearch.Index.Tests.Search;

/// <summary>A harvest goes past the 10,000 hits that page numbers reach, every hit once, in the search's order.</summary>
public sealed class SearchHarvestTests(SearchHarvestTests.Briefs archive) : IClassFixture<SearchHarvestTests.Briefs>
{
    private const int Pages = 101;
    private const int ArticlesPerPage = 100;

    /// <summary>101 days of one paper, each a page of 100 briefs that all say 快讯.</summary>
    public sealed class Briefs : IndexedArchive
    {
        public Briefs()
        {
            var index = Workspace.Index;
            for (var p = 0; p < Pages; p++)
            {
                var day = new DateOnly(2020, 1, 1).AddDays(p);
                var articles = Enumerable.Range(1, ArticlesPerPage)
                    .Select(n => new Article { Ordinal = n, Title = $"快讯{p}-{n}", Paragraphs = [$"青石县第{p}期第{n}条快讯。"], Kind = ArticleKind.Brief })
                    .ToList();
                index.ReplacePage(new PageRecord($"p{p}.txt", $"h{p}", $"p{p}", PageStatus.Indexed, articles.Count, DateTimeOffset.UtcNow), new PageMetadata("青石日报", day, "1"), articles);
            }

            index.Commit();
        }
    }

    [Theory]
    [InlineData(SearchSort.Relevance)]
    [InlineData(SearchSort.DateAscending)]
    public void Every_hit_of_more_than_ten_thousand_is_harvested_once(SearchSort sort)
    {
        var request = new SearchRequest("快讯") { Sort = sort };
        var harvest = archive.Workspace.Harvest;

        var first = harvest.Start(request);
        var ids = harvest.Hits(request, first).Select(h => h.Id).ToList();

        Assert.Equal(Pages * ArticlesPerPage, first.Total);
        Assert.True(first.Total > ArticleSearch.MaxWindow);
        Assert.Equal(first.Total, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Harvested_by_date_the_hits_come_day_by_day_in_page_order()
    {
        var request = new SearchRequest("") { Sort = SearchSort.DateAscending };
        var harvest = archive.Workspace.Harvest;

        var titles = harvest.Hits(request, harvest.Start(request)).Select(h => h.Title).Take(ArticlesPerPage + 2).ToList();

        Assert.Equal(Enumerable.Range(1, ArticlesPerPage).Select(n => $"快讯0-{n}").Concat(["快讯1-1", "快讯1-2"]), titles);
    }
}
