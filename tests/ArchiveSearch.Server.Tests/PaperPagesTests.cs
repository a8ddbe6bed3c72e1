using System.Net;
using System.Text.Json;
using Microsoft.Playwright;

namespace ArchiveSearch.Server.Tests;

/// <summary>
/// Browsing by paper, in Chromium against the real service: the directory of papers, a calendar of issues per paper
/// and year, one day's issue page by page, and the same as JSON under /api/papers. Screens at 1280 and 360 px.
/// </summary>
public sealed class PaperPagesTests : IAsyncLifetime
{
    private readonly ArchiveHost host = ArchiveHost.InTempFolder();
    private BrowserSession? session;

    public async Task InitializeAsync()
    {
        WritePage("j1", TestPages.Library, "江城日报", "2024-03-15", "1");
        WritePage("j2", TestPages.Orchard, "江城日报", "2024-03-15", "2");
        WritePage("j3", TestPages.Notice(1), "江城日报", "2024-03-16", "1");
        WritePage("j4", TestPages.Notice(2), "江城日报", "2023-12-30", "3");
        WritePage("s1", TestPages.Bridge, "松江晚报", "2023-11-02", "3");
        host.WritePage("loose.txt", TestPages.Notice(3)); // no sidecar: its source is unknown
        await host.StartAsync(kestrel: true);
        await ArchiveHost.WaitUntilAsync(async () => (await host.GetJsonAsync("/api/stats")).GetProperty("pages").GetInt32() == 6, "six pages indexed");
        session = await BrowserSession.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (session is not null)
            await session.DisposeAsync();
        await host.DisposeAsync();
    }

    private void WritePage(string name, string text, string paper, string date, string page)
    {
        host.WritePage(name + ".txt", text);
        host.WritePage(name + ".json", JsonSerializer.Serialize(new { paper, date, page }));
    }

    [Fact]
    public async Task The_papers_api_lists_each_paper_with_its_date_span_issues_and_pages_and_counts_articles_of_unknown_source()
    {
        var answer = await host.GetJsonAsync("/api/papers");
        var papers = answer.GetProperty("papers").EnumerateArray().ToDictionary(p => p.GetProperty("paper").GetString()!);

        Assert.Equal(["松江晚报", "江城日报"], papers.Keys.Order(StringComparer.Ordinal));
        var jiangcheng = papers["江城日报"];
        Assert.Equal("2023-12-30", jiangcheng.GetProperty("first").GetString());
        Assert.Equal("2024-03-16", jiangcheng.GetProperty("last").GetString());
        Assert.Equal(3, jiangcheng.GetProperty("issues").GetInt32());
        Assert.Equal(4, jiangcheng.GetProperty("pages").GetInt32());
        Assert.Equal([2023, 2024], jiangcheng.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Equal(1, answer.GetProperty("articlesWithoutPaper").GetInt32());
    }

    [Fact]
    public async Task The_year_api_lists_days_with_issues_and_the_day_api_lists_pages_in_page_order_with_their_articles()
    {
        var year = await host.GetJsonAsync("/api/papers/" + Uri.EscapeDataString("江城日报") + "/2024");
        Assert.Equal(["2024-03-15", "2024-03-16"], year.GetProperty("issues").EnumerateArray().Select(d => d.GetProperty("date").GetString()));
        Assert.Equal([2, 1], year.GetProperty("issues").EnumerateArray().Select(d => d.GetProperty("pages").GetInt32()));

        var day = await host.GetJsonAsync("/api/papers/" + Uri.EscapeDataString("江城日报") + "/2024-03-15");
        var pages = day.GetProperty("pages").EnumerateArray().ToList();
        Assert.Equal(["1", "2"], pages.Select(p => p.GetProperty("page").GetString()));
        Assert.Equal("青石县图书馆试行夜间开放", pages[0].GetProperty("articles")[0].GetProperty("title").GetString());
        Assert.StartsWith("/pages/", pages[0].GetProperty("url").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/api/papers/" + Uri.EscapeDataString("无此报"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.GetAsync("/api/papers/" + Uri.EscapeDataString("江城日报") + "/March")).StatusCode);
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(360, 740)]
    public async Task A_reader_goes_from_the_directory_through_the_calendar_and_the_days_pages_to_an_article(int width, int height)
    {
        var page = await session!.OpenAsync(host.BaseAddress!, width, height);
        var violations = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.Ordinal)) violations.Add(m.Text); };

        await page.GotoAsync("/");
        await page.ClickAsync(".site-nav a[href='/papers']");
        await page.WaitForSelectorAsync("table.papers");
        Assert.Contains("2023-12-30 至 2024-03-16", await page.InnerTextAsync("table.papers"));
        Assert.Contains("来源不明", await page.InnerTextAsync(".unknown-source"));
        await BrowserSession.ScreenshotAsync(page, $"papers-directory-{width}.png");

        await page.ClickAsync("table.papers a:text('江城日报')");
        await page.WaitForSelectorAsync(".calendar");
        Assert.Equal("2024", await page.InnerTextAsync(".years a[aria-current]"));
        var issueDays = page.Locator("td.issue a");
        Assert.Equal(["15", "16"], await issueDays.AllInnerTextsAsync());
        var box = await issueDays.First.BoundingBoxAsync();
        Assert.True(box!.Height >= 44 && box.Width >= 40, $"a day is {box.Width}×{box.Height} px");
        await BrowserSession.ScreenshotAsync(page, $"papers-calendar-{width}.png");

        await issueDays.First.ClickAsync();
        await page.WaitForSelectorAsync(".issue-pages");
        Assert.Equal(["第1版 1 篇", "第2版 1 篇"], (await page.Locator(".issue-pages h2").AllInnerTextsAsync()).Select(t => t.Replace("\n", " ").Trim()));
        await BrowserSession.ScreenshotAsync(page, $"papers-issue-{width}.png");

        await page.ClickAsync(".issue-pages li ul a:text('白杨沟村苹果丰收')");
        await page.WaitForSelectorAsync("article h1");
        Assert.Equal("白杨沟村苹果丰收", await page.InnerTextAsync("article h1"));
        Assert.Empty(violations);
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow);
    }
}
