using ArchiveSearch.Index.ClusterSearch;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Testing;

namespace ArchiveSearch.Index.Tests.ClusterSearch;

/// <summary>
/// A cluster's recorded answers (Responses/NAME.json, written from the Elasticsearch reference's search response) read
/// into the index's own response: hits, total, facets, the months, the marked snippet and headline, the next cursor.
/// </summary>
public sealed class ClusterResponseReaderTests
{
    internal static string Recorded(string name) =>
        File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "tests", "ArchiveSearch.Index.Tests", "ClusterSearch", "Responses", name + ".json"));

    private static readonly SearchRequest PageOfTwo = new("电梯") { Size = 2 };

    [Fact]
    public void Hits_total_and_sort_come_from_the_answer_with_only_the_page_s_hits_shown()
    {
        var response = ClusterResponseReader.Read(Recorded("page-with-facets"), PageOfTwo);

        Assert.Equal(7, response.Total);
        Assert.Equal(14, response.TookMs);
        Assert.Equal(["jiangcheng-2024-03-15-01-03", "beiling-2023-11-02-03-04"], response.Hits.Select(h => h.Id));
        Assert.Equal("relevance", response.Sort);
        Assert.False(response.Relaxed);
        Assert.Equal(23.418533f, response.Hits[0].Score);
    }

    [Fact]
    public void A_hit_carries_its_stored_fields_as_the_index_s_hit_does()
    {
        var hit = ClusterResponseReader.Read(Recorded("page-with-facets"), PageOfTwo).Hits[0];

        Assert.Equal("老旧小区加装电梯提速", hit.Title);
        Assert.Equal("今年再开工120部", hit.Subtitle);
        Assert.Equal("本报记者 韩晓雪", hit.Byline);
        Assert.Equal(["韩晓雪"], hit.Authors);
        Assert.Equal(("江城日报", "2024-03-15", "1", 3, "article"), (hit.Paper, hit.Date, hit.Page, hit.Ordinal, hit.Kind));
        Assert.Equal("/articles/jiangcheng-2024-03-15-01-03", hit.Url);
        Assert.Equal("9f0c5e2a7b11", hit.PageId);
    }

    [Fact]
    public void The_snippet_is_the_cluster_s_marked_passage_with_a_phrase_marked_pair_by_pair_joined_into_one_mark()
    {
        var hit = ClusterResponseReader.Read(Recorded("page-with-facets"), PageOfTwo).Hits[0];

        Assert.Equal(["记者从市住建局获悉，今年全市老旧小区将再开工加装<mark>电梯</mark>120部。居民说：&quot;上下楼终于不用愁了。&quot;"], hit.Fragments);
        Assert.Equal(hit.Fragments[0], hit.Snippet);
    }

    [Fact]
    public void The_headline_is_marked_on_the_host_with_the_strings_the_cluster_marked()
    {
        var hit = ClusterResponseReader.Read(Recorded("page-with-facets"), PageOfTwo).Hits[0];

        Assert.Equal("老旧小区加装<mark>电梯</mark>提速", hit.TitleHtml);
        Assert.Equal("今年再开工120部", hit.SubtitleHtml);
        Assert.Equal("本报记者 韩晓雪", hit.BylineHtml);
    }

    [Fact]
    public void An_item_without_a_headline_of_its_own_shows_its_label_and_its_cut_verdict_with_reasons()
    {
        var hit = ClusterResponseReader.Read(Recorded("page-with-facets"), PageOfTwo).Hits[1];

        Assert.Equal("城东街道为独居老人", hit.Title);
        Assert.Null(hit.Subtitle);
        Assert.Equal("unsure", hit.Cut.Verdict);
        Assert.Equal("short-item", Assert.Single(hit.Cut.Reasons).Rule);
    }

    [Fact]
    public void Facets_are_the_terms_buckets_in_the_cluster_s_order_and_the_years_are_summed_from_the_months()
    {
        var response = ClusterResponseReader.Read(Recorded("page-with-facets"), PageOfTwo);

        Assert.Equal([new FacetValue("江城日报", 5), new FacetValue("北岭晚报", 2)], response.Facets.Paper);
        Assert.Equal([new FacetValue("article", 6), new FacetValue("brief", 1)], response.Facets.Kind);
        Assert.Equal([new FacetValue("韩晓雪", 3)], response.Facets.Author);
        Assert.Equal([new FacetValue("sure", 6), new FacetValue("unsure", 1)], response.Facets.Cut);
        Assert.Equal([new FacetValue("2024", 3), new FacetValue("2023", 2), new FacetValue("2022", 2)], response.Facets.Year);
        Assert.False(response.Facets.Sampled);
    }

    [Fact]
    public void The_date_histogram_lists_years_and_months_in_date_order()
    {
        var dates = ClusterResponseReader.Read(Recorded("page-with-facets"), PageOfTwo).Dates;

        Assert.Equal(["2022", "2023", "2024"], dates.Years.Select(y => y.Value));
        Assert.Equal([2, 2, 3], dates.Years.Select(y => y.Count));
        Assert.Equal(["2022-06", "2023-11", "2023-12", "2024-03"], dates.Months.Select(m => m.Value));
    }

    [Fact]
    public void The_next_cursor_continues_after_the_last_hit_shown_when_the_cluster_returned_one_more()
    {
        var response = ClusterResponseReader.Read(Recorded("page-with-facets"), PageOfTwo);

        Assert.NotNull(response.Next);
        Assert.Equal([11.052761f, "beiling-2023-11-02-03-04"], ClusterCursor.Decode(response.Next, SearchSort.Relevance));
    }

    [Fact]
    public void The_last_page_has_no_next_cursor_and_hits_sorted_by_date_have_no_score()
    {
        var response = ClusterResponseReader.Read(Recorded("last-page-by-date"), new SearchRequest("") { Page = 2, Size = 2, Sort = SearchSort.DateAscending, WithFacets = false });

        Assert.Null(response.Next);
        Assert.Equal("date", response.Sort);
        Assert.All(response.Hits, hit => Assert.Equal(0f, hit.Score));
        Assert.Empty(response.Facets.Paper);
        Assert.Empty(response.Dates.Months);
    }

    [Fact]
    public void Without_a_highlight_a_hit_shows_the_opening_of_its_body_escaped()
    {
        var hit = ClusterResponseReader.Read(Recorded("last-page-by-date"), new SearchRequest("") { Size = 2, WithFacets = false }).Hits[1];

        Assert.Equal("《河西市湿地保护条例》自本月起施行。", hit.Snippet);
        Assert.Equal("湿地保护条例实施", hit.TitleHtml);
    }

    [Fact]
    public void At_the_end_of_the_page_window_the_total_says_there_is_a_next_page()
    {
        // Page 2 of 3 hits per page: the answer holds only the 3 asked for (no one more), of 7.
        var response = ClusterResponseReader.Read(Recorded("page-with-facets"), new SearchRequest("电梯") { Page = 2, Size = 3 });

        Assert.Equal(3, response.Hits.Count);
        Assert.Equal([9.731204f, "jiangcheng-2022-06-20-02-01"], ClusterCursor.Decode(response.Next!, SearchSort.Relevance));
    }
}
