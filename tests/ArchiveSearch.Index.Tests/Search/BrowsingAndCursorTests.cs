using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Index.Tests.Search;

/// <summary>Listing without a query, the cursor, the month histogram, the author filter and page order on a day.</summary>
public sealed class BrowsingAndCursorTests(ArticleFixture archive) : IClassFixture<ArticleFixture>
{
    [Fact]
    public void Without_a_query_the_filters_list_every_article_newest_first()
    {
        var all = archive.Find("");
        var day = archive.Find("", r => r with { From = new DateOnly(2022, 5, 10), To = new DateOnly(2022, 5, 10) });

        Assert.Equal(6, all.Total);
        Assert.Equal("-date", all.Sort);
        Assert.Equal(["2023-01-11", "2022-05-10", "2022-05-10", "2021-03-02", "2021-03-02", null], all.Hits.Select(h => h.Date));
        Assert.Equal(["花农增收有新路", "图片新闻"], day.Hits.Select(h => h.Title));
    }

    [Fact]
    public void Articles_of_one_day_sorted_by_date_keep_their_page_order_in_both_directions()
    {
        string[] newest = archive.Find("", r => r with { Sort = SearchSort.DateDescending }).Hits.Select(h => h.Title).ToArray();
        string[] oldest = archive.Find("", r => r with { Sort = SearchSort.DateAscending }).Hits.Select(h => h.Title).ToArray();

        Assert.Equal(["冬捕节吸引游客", "花农增收有新路", "图片新闻", "杜鹃花节开幕", "春耕备耕忙", "无日期的杜鹃花短讯"], newest);
        Assert.Equal(["杜鹃花节开幕", "春耕备耕忙", "花农增收有新路", "图片新闻", "冬捕节吸引游客", "无日期的杜鹃花短讯"], oldest);
    }

    [Theory]
    [InlineData("杜鹃花", SearchSort.Relevance)]
    [InlineData("", SearchSort.DateDescending)]
    [InlineData("", SearchSort.DateAscending)]
    public void Following_the_cursor_visits_every_hit_once_in_the_order_of_the_pages(string query, SearchSort sort)
    {
        var paged = archive.Find(query, r => r with { Sort = sort, Size = 100 }).Hits.Select(h => h.Id).ToList();

        var visited = new List<string>();
        var answer = archive.Find(query, r => r with { Sort = sort, Size = 2 });
        while (true)
        {
            visited.AddRange(answer.Hits.Select(h => h.Id));
            if (answer.Next is null)
                break;
            answer = archive.Find(query, r => r with { Sort = sort, Size = 2, After = answer.Next });
        }

        Assert.Equal(paged, visited);
    }

    [Fact]
    public void A_cursor_of_another_sort_or_not_ours_is_refused_with_a_message()
    {
        var next = archive.Find("", r => r with { Size = 1 }).Next!;

        Assert.Contains("another sort", Assert.Throws<InvalidSearchException>(() => archive.Find("", r => r with { Sort = SearchSort.DateAscending, After = next })).Message);
        Assert.Contains("cursor", Assert.Throws<InvalidSearchException>(() => archive.Find("", r => r with { After = "bm9wZQ" })).Message);
        Assert.Throws<InvalidSearchException>(() => archive.Find("", r => r with { After = next, Page = 2 }));
    }

    [Fact]
    public void Dates_are_counted_by_year_and_by_month_in_date_order()
    {
        var dates = archive.Find("杜鹃花").Dates;

        Assert.Equal([new("2021", 1), new("2022", 2), new("2023", 1)], dates.Years);
        Assert.Equal([new("2021-03", 1), new("2022-05", 2), new("2023-01", 1)], dates.Months);
    }

    [Fact]
    public void The_author_parameter_finds_what_author_in_the_query_finds()
    {
        var parameter = archive.Find("", r => r with { Author = "刘" }).Hits.Select(h => h.Id).Order();
        var query = archive.Find("author:刘").Hits.Select(h => h.Id).Order();

        Assert.Equal(["冬捕节吸引游客"], archive.Find("", r => r with { Author = "刘" }).Hits.Select(h => h.Title));
        Assert.Equal(query, parameter);
    }

    [Fact]
    public void Every_hit_carries_the_url_of_its_permalink()
    {
        Assert.All(archive.Find("").Hits, hit => Assert.Equal("/articles/" + hit.Id, hit.Url));
    }
}
