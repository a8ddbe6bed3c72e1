using ArchiveSearch.Index.Schema;
using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Index.Store;

namespace ArchiveSearch.Index.Tests.Search;

/// <summary>An export goes past the 10,000 hits that page numbers reach, every hit once, in the search's order.</summary>
public sealed class SearchExportTests(SearchExportTests.Briefs archive) : IClassFixture<SearchExportTests.Briefs>
{
    private const int Pages = 101;
    private const int ArticlesPerPage = 100;

    /// <summary>
    /// 101 days of two papers, each a page of 100 briefs that all say 快讯; every tenth page has no date. Committed
    /// in parts, so the index has several segments and hits of different segments are ordered against each other.
    /// </summary>
    public sealed class Briefs : IndexedArchive
    {
        public Briefs()
        {
            var index = Workspace.Index;
            for (var p = 0; p < Pages; p++)
            {
                DateOnly? day = p % 10 == 9 ? null : new DateOnly(2020, 1, 1).AddDays(p);
                var paper = p % 3 == 0 ? "江城日报" : "青石日报";
                var articles = Enumerable.Range(1, ArticlesPerPage)
                    .Select(n => new Article { Ordinal = n, Title = $"快讯{p}-{n}", Paragraphs = [$"青石县第{p}期第{n}条快讯。"], Kind = ArticleKind.Brief })
                    .ToList();
                Workspace.Writer.ReplacePage(new PageRecord($"p{p}.txt", $"h{p}", $"p{p}", PageStatus.Indexed, articles.Count, DateTimeOffset.UtcNow), new PageMetadata(paper, day, (p % 2 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), articles);
                if (p % 25 == 24)
                    index.Commit();
            }

            index.Commit();
        }
    }

    [Theory]
    [InlineData(SearchSort.Relevance)]
    [InlineData(SearchSort.DateAscending)]
    public void Every_hit_of_more_than_ten_thousand_is_exported_once(SearchSort sort)
    {
        var request = new SearchRequest("快讯") { Sort = sort };
        var exporter = archive.Workspace.Exporter;

        using var export = exporter.Start(request);
        var ids = export.Hits().Select(h => h.Id).ToList();

        Assert.Equal(Pages * ArticlesPerPage, export.Total);
        Assert.True(export.Total > ArticleSearch.MaxWindow);
        Assert.Equal(export.Total, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("快讯", SearchSort.Relevance)]
    [InlineData("快讯", SearchSort.DateAscending)]
    [InlineData("快讯", SearchSort.DateDescending)]
    [InlineData("第7期 OR 第1条", SearchSort.Relevance)]
    [InlineData("", SearchSort.Relevance)]
    public void An_export_gives_the_rows_of_paging_with_the_cursor_in_the_same_order(string query, SearchSort sort)
    {
        var request = new SearchRequest(query) { Sort = sort, Size = ArticleSearch.MaxPageSize };
        var paged = new List<string>();
        var response = archive.Workspace.Search.Search(request);
        while (true)
        {
            paged.AddRange(response.Hits.Select(Row));
            if (response.Next is null)
                break;
            response = archive.Workspace.Search.Search(request with { After = response.Next });
        }

        using var export = archive.Workspace.Exporter.Start(request);
        var exported = export.Hits().Select(Row).ToList();

        Assert.Equal(response.Total, export.Total);
        Assert.NotEmpty(paged);
        Assert.Equal(paged, exported);
    }

    [Fact]
    public void An_export_reads_the_index_as_it_was_when_it_started()
    {
        var request = new SearchRequest("快讯") { Sort = SearchSort.DateAscending };
        using var export = archive.Workspace.Exporter.Start(request);

        archive.Workspace.Writer.RemovePage("p0");
        archive.Workspace.Index.Commit();
        try
        {
            Assert.Equal(Pages * ArticlesPerPage, export.Hits().Count());
        }
        finally
        {
            var p0 = Enumerable.Range(1, ArticlesPerPage)
                .Select(n => new Article { Ordinal = n, Title = $"快讯0-{n}", Paragraphs = [$"青石县第0期第{n}条快讯。"], Kind = ArticleKind.Brief })
                .ToList();
            archive.Workspace.Writer.ReplacePage(new PageRecord("p0.txt", "h0", "p0", PageStatus.Indexed, p0.Count, DateTimeOffset.UtcNow), new PageMetadata("江城日报", new DateOnly(2020, 1, 1), "1"), p0);
            archive.Workspace.Index.Commit();
        }
    }

    /// <summary>Every field of a hit, as an export writes it.</summary>
    private static string Row(SearchHit hit) => System.Text.Json.JsonSerializer.Serialize(hit);

    [Fact]
    public void Exported_by_date_the_hits_come_day_by_day_in_page_order()
    {
        var request = new SearchRequest("") { Sort = SearchSort.DateAscending };
        var exporter = archive.Workspace.Exporter;

        using var export = exporter.Start(request);
        var titles = export.Hits().Select(h => h.Title).Take(ArticlesPerPage + 2).ToList();

        Assert.Equal(Enumerable.Range(1, ArticlesPerPage).Select(n => $"快讯0-{n}").Concat(["快讯1-1", "快讯1-2"]), titles);
    }
}
