using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Index.Tests.Search;

public sealed class ArticleSearchTests(ArticleFixture archive) : IClassFixture<ArticleFixture>
{
    [Fact]
    public void Facets_count_paper_year_author_and_kind_over_the_whole_result_set()
    {
        var response = archive.Find("杜鹃花", r => r with { Size = 1 });

        Assert.Equal(5, response.Total);
        Assert.Single(response.Hits);
        Assert.Equal([new("辽河日报", 3), new("松原晚报", 1)], response.Facets.Paper);
        Assert.Equal([new("2023", 1), new("2022", 2), new("2021", 1)], response.Facets.Year);
        Assert.Equal(new FacetValue("王卢莎", 2), response.Facets.Author[0]);
        Assert.Equal([new("article", 4), new("photo", 1)], response.Facets.Kind);
    }

    [Fact]
    public void Filters_narrow_the_result_set_and_its_facets()
    {
        var response = archive.Find("杜鹃花", r => r with { Paper = "辽河日报", From = new DateOnly(2022, 1, 1) });

        Assert.Equal(2, response.Total);
        Assert.Equal([new("2022", 2)], response.Facets.Year);
        Assert.Equal(1, archive.Find("杜鹃花", r => r with { Kind = "photo" }).Total);
        Assert.Equal(2, archive.Find("杜鹃花", r => r with { Author = "王卢莎" }).Total);
        Assert.Equal(1, archive.Find("杜鹃花", r => r with { To = new DateOnly(2021, 12, 31) }).Total);
    }

    [Fact]
    public void Sorting_by_date_puts_undated_articles_last_in_both_directions()
    {
        string?[] newest = archive.Find("杜鹃花", r => r with { Sort = SearchSort.DateDescending }).Hits.Select(h => h.Date).ToArray();
        string?[] oldest = archive.Find("杜鹃花", r => r with { Sort = SearchSort.DateAscending }).Hits.Select(h => h.Date).ToArray();

        Assert.Equal(new[] { "2023-01-11", "2022-05-10", "2022-05-10", "2021-03-02", null }, newest);
        Assert.Equal(new[] { "2021-03-02", "2022-05-10", "2022-05-10", "2023-01-11", null }, oldest);
    }

    [Fact]
    public void A_title_match_ranks_above_a_passing_mention()
    {
        var hits = archive.Find("冬捕节").Hits;

        Assert.Equal("冬捕节吸引游客", hits[0].Title);
    }

    [Fact]
    public void Pages_past_the_window_are_refused_with_a_message()
    {
        var error = Assert.Throws<InvalidSearchException>(() => archive.Find("杜鹃花", r => r with { Page = 200, Size = 100 }));

        Assert.Contains("narrow the query", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Page_sizes_outside_1_to_100_are_refused(int size) =>
        Assert.Throws<InvalidSearchException>(() => archive.Find("杜鹃花", r => r with { Size = size }));

    [Fact]
    public void A_query_that_matches_nothing_as_written_falls_back_to_its_words_and_says_so()
    {
        var strict = archive.Find("花农增收");
        var relaxed = archive.Find("花农收入增加");

        Assert.False(strict.Relaxed);
        Assert.Equal(1, strict.Total);
        Assert.True(relaxed.Relaxed);
        Assert.Equal("花农增收有新路", relaxed.Hits[0].Title);
    }

    [Fact]
    public void Exclusions_hold_in_the_relaxed_match_too()
    {
        var relaxed = archive.Find("花农收入增加");
        var excluded = archive.Find("花农收入增加 -网络");

        Assert.True(relaxed.Relaxed);
        Assert.Contains(relaxed.Hits, h => h.Title == "花农增收有新路");
        Assert.DoesNotContain(excluded.Hits, h => h.Title == "花农增收有新路");
    }

    [Fact]
    public void A_quoted_query_that_matches_nothing_is_not_relaxed()
    {
        var response = archive.Find("\"花农收入增加\"");

        Assert.False(response.Relaxed);
        Assert.Equal(0, response.Total);
    }

    [Fact]
    public void A_hit_marks_the_query_in_its_whole_headline_as_in_its_snippet_and_keeps_the_plain_title()
    {
        var hit = Assert.Single(archive.Find("冬捕节 游客").Hits);

        Assert.Equal("冬捕节吸引游客", hit.Title);
        Assert.Equal("<mark>冬捕节</mark>吸引<mark>游客</mark>", hit.TitleHtml);
        Assert.Contains("<mark>冬捕节</mark>", hit.Snippet);
        Assert.Null(hit.Subtitle);
        Assert.Null(hit.SubtitleHtml);
    }

    [Fact]
    public void A_title_restricted_term_is_marked_in_the_headline()
    {
        var hits = archive.Find("title:杜鹃花").Hits;

        Assert.Equal(["<mark>杜鹃花</mark>节开幕", "无日期的<mark>杜鹃花</mark>短讯"], hits.Select(h => h.TitleHtml).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_relaxed_hit_marks_the_querys_words_in_its_headline()
    {
        var response = archive.Find("花农收入增加");

        Assert.True(response.Relaxed);
        Assert.Equal("<mark>花农</mark>增收有新路", response.Hits.Single(h => h.Title == "花农增收有新路").TitleHtml);
    }
}
