using System.Net;
using System.Text.Json;

namespace ArchiveSearch.Server.Tests;

/// <summary><c>GET /api/search/export</c> over the project's sample pages, and searching without a query.</summary>
public sealed class ExportTests : IAsyncLifetime
{
    private readonly ArchiveHost host = ArchiveHost.InTempFolder();

    public async Task InitializeAsync()
    {
        Testing.SamplePages.CopyTo(host.Inbox);
        await host.StartAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Without_a_query_every_article_is_listed_newest_first()
    {
        var all = await host.GetJsonAsync("/api/search?size=100");
        var dates = all.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("date").GetString()).ToList();

        Assert.Equal((await host.GetJsonAsync("/api/stats")).GetProperty("articles").GetInt32(), all.GetProperty("total").GetInt32());
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.Equal("-date", all.GetProperty("sort").GetString());
    }

    [Fact]
    public async Task A_csv_export_has_a_header_and_one_row_per_hit()
    {
        var total = (await host.GetJsonAsync("/api/search")).GetProperty("total").GetInt32();

        var response = await host.Client.GetAsync("/api/search/export?format=csv");
        var rows = SiteInBrowserTests.CsvTable(await response.Content.ReadAsStringAsync());

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(total.ToString(), response.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal(total, rows.Count - 1);
        Assert.All(rows, row => Assert.Equal(7, row.Length));
        Assert.DoesNotContain(rows.Skip(1), row => row[6].Contains("<mark>"));
    }

    [Fact]
    public async Task A_jsonl_export_of_a_query_has_one_object_per_hit_with_its_permalink()
    {
        var search = await host.SearchAsync("本报");
        var text = await host.Client.GetStringAsync("/api/search/export?format=jsonl&q=" + Uri.EscapeDataString("本报"));
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.Equal(search.GetProperty("total").GetInt32(), lines.Count);
        var first = search.GetProperty("hits")[0];
        Assert.Equal(first.GetProperty("title").GetString(), lines[0].GetProperty("title").GetString());
        Assert.EndsWith(first.GetProperty("url").GetString()!, lines[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task An_export_is_named_after_its_query_and_day_and_its_first_lines_say_query_filters_and_time()
    {
        var before = DateTimeOffset.Now.AddSeconds(-1);
        var response = await host.Client.GetAsync("/api/search/export?format=csv&from=2024&q=" + Uri.EscapeDataString("本报 记者"));
        var text = await response.Content.ReadAsStringAsync();
        var preamble = SiteInBrowserTests.CsvRows(text).TakeWhile(row => row[0] != "title").ToList();

        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal($"archivesearch-本报_记者-{DateTimeOffset.Now:yyyy-MM-dd}.csv", disposition.FileNameStar);
        Assert.Equal(["query", "本报 记者"], preamble[0]);
        Assert.Equal(["filters", "from=2024"], preamble[1]);
        Assert.Equal("exported at", preamble[2][0]);
        Assert.InRange(DateTimeOffset.Parse(preamble[2][1], System.Globalization.CultureInfo.InvariantCulture), before, DateTimeOffset.Now.AddSeconds(1));
        Assert.StartsWith(response.Headers.GetValues("X-Total-Count").Single() + " ", preamble[3][1]);

        var jsonl = await host.Client.GetAsync("/api/search/export?format=jsonl&paper=" + Uri.EscapeDataString("江城日报"));
        var header = JsonDocument.Parse((await jsonl.Content.ReadAsStringAsync()).Split('\n')[0]).RootElement.GetProperty("export");
        Assert.Equal("", header.GetProperty("query").GetString());
        Assert.Equal("江城日报", header.GetProperty("filters").GetProperty("paper").GetString());
        Assert.Equal(int.Parse(jsonl.Headers.GetValues("X-Total-Count").Single()), header.GetProperty("total").GetInt32());
        Assert.StartsWith("archivesearch-全部-", jsonl.Content.Headers.ContentDisposition!.FileNameStar);
    }

    [Fact]
    public async Task An_export_leaves_near_matches_out_unless_relaxed_include_asks_for_them()
    {
        const string query = "图书馆夜间延长开放时间"; // matches nothing as written; the search page offers near matches
        var search = await host.SearchAsync(query);
        Assert.True(search.GetProperty("relaxed").GetBoolean());
        Assert.True(search.GetProperty("total").GetInt32() > 0);

        var plain = await host.Client.GetAsync("/api/search/export?format=csv&q=" + Uri.EscapeDataString(query));
        var asked = await host.Client.GetAsync("/api/search/export?format=csv&relaxed=include&q=" + Uri.EscapeDataString(query));

        Assert.Equal("0", plain.Headers.GetValues("X-Total-Count").Single());
        Assert.Single(SiteInBrowserTests.CsvTable(await plain.Content.ReadAsStringAsync()));
        Assert.Equal(search.GetProperty("total").GetInt32(), SiteInBrowserTests.CsvTable(await asked.Content.ReadAsStringAsync()).Count - 1);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.GetAsync("/api/search/export?relaxed=maybe&q=x")).StatusCode);
    }

    [Theory]
    [InlineData("format=xml")]
    [InlineData("format=csv&from=yesterday")]
    [InlineData("format=csv&q=%22open")]
    public async Task A_bad_export_request_is_a_400_problem_before_any_row(string query)
    {
        var response = await host.Client.GetAsync("/api/search/export?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_cursor_continues_past_a_page_and_the_author_parameter_agrees_with_author_in_the_query()
    {
        var first = await host.GetJsonAsync("/api/search?q=%E6%9C%AC%E6%8A%A5&size=5");
        var next = await host.GetJsonAsync("/api/search?q=%E6%9C%AC%E6%8A%A5&size=5&after=" + Uri.EscapeDataString(first.GetProperty("next").GetString()!));
        var second = await host.GetJsonAsync("/api/search?q=%E6%9C%AC%E6%8A%A5&size=5&page=2");
        Assert.Equal(Ids(second), Ids(next));

        var parameter = await host.GetJsonAsync("/api/search?size=100&author=" + Uri.EscapeDataString("周"));
        var query = await host.SearchAsync("author:周", "&size=100");
        Assert.True(query.GetProperty("total").GetInt32() > 0);
        Assert.Equal(Ids(query).Order(), Ids(parameter).Order());
    }

    private static List<string> Ids(JsonElement answer) =>
        answer.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
}
