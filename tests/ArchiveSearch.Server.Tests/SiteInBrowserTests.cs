using System.Text.Json;
using Microsoft.Playwright;

namespace ArchiveSearch.Server.Tests;

/// <summary>
/// The site as archivists and editors use it, in Debian's Chromium against the real service: permalinks opened
/// fresh, history, phones, the editor's page, browsing without a query, export and failures. Each test saves a
/// screenshot under artifacts/screenshots/ of the test output.
/// </summary>
public sealed class SiteInBrowserTests(SiteInBrowserTests.Site site) : IClassFixture<SiteInBrowserTests.Site>
{
    private const int NoticeCount = 12;
    private readonly ArchiveHost host = site.Host;

    /// <summary>One service and one browser for the class: three pages of two papers and a series of twelve notices, with sidecars. No test changes them.</summary>
    public sealed class Site : IAsyncLifetime
    {
        public ArchiveHost Host { get; } = ArchiveHost.InTempFolder();

        public BrowserSession? Session { get; private set; }

        public async Task InitializeAsync()
        {
            WritePage("library", TestPages.Library, "江城日报", "2024-03-15", "1");
            WritePage("orchard", TestPages.Orchard, "江城日报", "2024-03-15", "2");
            WritePage("bridge", TestPages.Bridge, "松江晚报", "2023-11-02", "3");
            for (var i = 1; i <= NoticeCount; i++)
                WritePage($"notices/n{i:D2}", TestPages.Notice(i), "青石日报", $"2022-{(i - 1) % 12 + 1:D2}-05", "4");
            await Host.StartAsync(kestrel: true);
            Session = await BrowserSession.LaunchAsync();
        }

        public async Task DisposeAsync()
        {
            if (Session is not null)
                await Session.DisposeAsync();
            await Host.DisposeAsync();
        }

        private void WritePage(string name, string text, string paper, string date, string page)
        {
            Host.WritePage(name + ".txt", text);
            Host.WritePage(name + ".json", JsonSerializer.Serialize(new { paper, date, page }));
        }
    }

    private async Task<IPage> OpenAsync(int width = 1280, int height = 900)
    {
        var context = await site.Session!.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseAddress!.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return await context.NewPageAsync();
    }

    private async Task<string> IdOfAsync(string query) =>
        (await host.SearchAsync(query)).GetProperty("hits")[0].GetProperty("id").GetString()!;

    /// <summary>Waits until the results of the given URL state are on screen.</summary>
    private static Task ResultsShownAsync(IPage page, string state) =>
        page.WaitForSelectorAsync($"#results[data-state='{state}']");

    [Fact]
    public async Task A_permalink_opened_fresh_shows_the_article_marked_with_its_citation_page_links_and_earlier_coverage()
    {
        var id = await IdOfAsync("夜间开放");
        var page = await OpenAsync();

        var response = await page.GotoAsync($"/articles/{id}?q=%E5%A4%9C%E9%97%B4%E5%BC%80%E6%94%BE");

        Assert.Equal(200, response!.Status);
        Assert.Equal("青石县图书馆试行夜间开放", await page.InnerTextAsync("article h1"));
        Assert.Equal("夜间开放", await page.Locator("article h1 mark").InnerTextAsync());
        Assert.Contains("古籍修复", await page.InnerTextAsync("article"));
        var citation = await page.InnerTextAsync("#citation-text");
        Assert.Contains($"青石县图书馆试行夜间开放[N/OL]. 江城日报, 2024-03-15(1)[{DateTime.Now:yyyy-MM-dd}]. http://", citation);
        Assert.EndsWith($"/articles/{id}.", citation);
        Assert.EndsWith("青石县图书馆试行夜间开放[N]. 江城日报, 2024-03-15(1).", await page.InnerTextAsync("#citation-print"));
        Assert.Contains("“青石县图书馆试行夜间开放.” 江城日报, March 15, 2024. Accessed ", await page.InnerTextAsync("#citation-chicago"));
        Assert.EndsWith($"/articles/{id}", await page.InnerTextAsync("#permalink"));
        await page.ClickAsync(".copy-permalink");
        await page.WaitForSelectorAsync(".permalink-copy .copied:not(:empty)");
        Assert.Contains("本版全部文章（1篇）", await page.InnerTextAsync(".page-nav"));
        await page.WaitForSelectorAsync("#coverage:not(:has(.status:text('载入中…')))");
        await BrowserSession.ScreenshotAsync(page, "permalink-desktop.png");

        await page.ClickAsync(".page-nav .whole-page");
        await page.WaitForURLAsync("**/pages/**");
        Assert.Equal(["青石县图书馆试行夜间开放"], await page.Locator(".printed-page .item-label a").AllInnerTextsAsync());
        await BrowserSession.ScreenshotAsync(page, "page-desktop.png");

        await page.ClickAsync(".same-day");
        await ResultsShownAsync(page, "from=2024-03-15&to=2024-03-15&paper=%E6%B1%9F%E5%9F%8E%E6%97%A5%E6%8A%A5");
        Assert.Equal(["青石县图书馆试行夜间开放", "白杨沟村苹果丰收"], await page.Locator("#results li .title").AllInnerTextsAsync());
    }

    [Fact]
    public async Task Search_then_open_an_article_then_Back_shows_the_same_results_and_Forward_the_article_again()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/");
        await page.FillAsync("#q", "本报讯");
        await page.PressAsync("#q", "Enter");
        await ResultsShownAsync(page, "q=%E6%9C%AC%E6%8A%A5%E8%AE%AF");
        var titles = await page.Locator("#results li .title").AllInnerTextsAsync();
        Assert.Equal(3, titles.Count);

        await page.Locator("#results li .title").Nth(1).ClickAsync();
        await page.WaitForSelectorAsync("#article:not([hidden]) article h1");
        Assert.Matches("/articles/[0-9a-f]{16}-\\d+\\?q=", page.Url);
        Assert.Equal(titles[1], await page.InnerTextAsync("#article article h1"));
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.matches('#article h1')"), "focus moves to the opened article");
        await BrowserSession.ScreenshotAsync(page, "article-view-desktop.png");

        await page.GoBackAsync();
        await page.WaitForSelectorAsync("#article[hidden]", new() { State = WaitForSelectorState.Attached });
        Assert.Equal(titles, await page.Locator("#results li .title").AllInnerTextsAsync());
        Assert.EndsWith("/?q=%E6%9C%AC%E6%8A%A5%E8%AE%AF", page.Url);
        Assert.Equal("本报讯", await page.InputValueAsync("#q"));

        await page.GoForwardAsync();
        await page.WaitForSelectorAsync("#article:not([hidden]) article h1");
        Assert.Equal(titles[1], await page.InnerTextAsync("#article article h1"));

        await page.Keyboard.PressAsync("Escape");
        await page.WaitForSelectorAsync("#article[hidden]", new() { State = WaitForSelectorState.Attached });
        Assert.Equal(titles, await page.Locator("#results li .title").AllInnerTextsAsync());
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.closest('#results li') !== null"), "focus returns to the hit that opened the article");
    }

    [Theory]
    [InlineData(360)]
    [InlineData(390)]
    public async Task At_phone_width_nothing_scrolls_sideways_and_the_facets_open_behind_a_button(int width)
    {
        var page = await OpenAsync(width, 780);
        await page.GotoAsync("/?q=%E6%9C%AC%E6%8A%A5%E8%AE%AF");
        await ResultsShownAsync(page, "q=%E6%9C%AC%E6%8A%A5%E8%AE%AF");

        Assert.False(await page.IsVisibleAsync("#facets"));
        Assert.True(await NoSidewaysScrollAsync(page));
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('#results li .snippet').getBoundingClientRect().width > 250"));
        await BrowserSession.ScreenshotAsync(page, $"search-phone-{width}.png");

        await page.ClickAsync("#facets-toggle");
        Assert.True(await page.IsVisibleAsync("#facets"));
        Assert.True(await NoSidewaysScrollAsync(page));
        await BrowserSession.ScreenshotAsync(page, $"search-phone-{width}-facets-open.png");

        await page.GotoAsync($"/articles/{await IdOfAsync("夜间开放")}");
        await page.WaitForSelectorAsync("article h1");
        Assert.True(await NoSidewaysScrollAsync(page));
        await BrowserSession.ScreenshotAsync(page, $"permalink-phone-{width}.png");
    }

    private static Task<bool> NoSidewaysScrollAsync(IPage page) =>
        page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth");

    [Fact]
    public async Task The_coverage_page_lists_earlier_coverage_of_a_pasted_draft_and_opens_a_hit()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/coverage");

        await page.FillAsync("#draft", "青石县图书馆延长开放时间，读者晚上也能借书，馆内还有读书沙龙和古籍修复体验。");
        await page.FillAsync("#before", "2025-01-01");
        await page.ClickAsync("#find");
        await page.WaitForSelectorAsync("#coverage-results .related-list li");

        var first = page.Locator("#coverage-results .related-list li .title").First;
        Assert.Equal("青石县图书馆试行夜间开放", await first.InnerTextAsync());
        await BrowserSession.ScreenshotAsync(page, "coverage-desktop.png");

        await first.ClickAsync();
        await page.WaitForURLAsync("**/articles/**");
        Assert.Equal("青石县图书馆试行夜间开放", await page.InnerTextAsync("article h1"));
    }

    [Fact]
    public async Task Browsing_a_day_without_a_query_lists_its_pages_in_page_order_and_the_date_chip_clears_it()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/");
        await page.FillAsync("#from", "2024-03-15");
        await page.FillAsync("#to", "2024-03-15");
        await page.PressAsync("#to", "Enter");
        await ResultsShownAsync(page, "from=2024-03-15&to=2024-03-15");

        Assert.Equal(["青石县图书馆试行夜间开放", "白杨沟村苹果丰收"], await page.Locator("#results li .title").AllInnerTextsAsync());
        Assert.Contains("共 2 篇", await page.InnerTextAsync("#status"));
        await BrowserSession.ScreenshotAsync(page, "browse-day-desktop.png");

        await page.ClickAsync("#filters .chip");
        await ResultsShownAsync(page, "");
        Assert.Equal(NoticeCount + 3, (await host.GetJsonAsync("/api/search")).GetProperty("total").GetInt32());
        Assert.Equal(10, await page.Locator("#results li").CountAsync());
    }

    [Fact]
    public async Task Page_two_numbers_its_hits_on_from_page_one_and_a_month_bar_narrows_to_that_month()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/?q=%E5%86%9C%E6%8A%80");
        await ResultsShownAsync(page, "q=%E5%86%9C%E6%8A%80");
        Assert.Equal(1, await page.EvalOnSelectorAsync<int>("#results", "list => list.start"));

        await page.ClickAsync("#pager button:text('2')");
        await ResultsShownAsync(page, "q=%E5%86%9C%E6%8A%80&page=2");
        Assert.Equal(11, await page.EvalOnSelectorAsync<int>("#results", "list => list.start"));
        Assert.Equal(NoticeCount - 10, await page.Locator("#results li").CountAsync());

        var march = page.Locator("#facets .bar[data-value='2022-03']");
        Assert.Equal("1", await march.Locator(".count").InnerTextAsync());
        await march.ClickAsync();
        await ResultsShownAsync(page, "q=%E5%86%9C%E6%8A%80&from=2022-03&to=2022-03");
        Assert.Equal(["青石县第3期农技培训开班"], await page.Locator("#results li .title").AllInnerTextsAsync());
        await BrowserSession.ScreenshotAsync(page, "month-facet-desktop.png");
    }

    [Fact]
    public async Task The_csv_export_link_of_a_search_has_one_row_per_hit()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/?q=%E5%86%9C%E6%8A%80");
        await ResultsShownAsync(page, "q=%E5%86%9C%E6%8A%80");
        var href = await page.GetAttributeAsync("#export-csv", "href");

        var export = await page.APIRequest.GetAsync(href!);
        var rows = CsvTable(await export.TextAsync());

        Assert.Equal("text/csv; charset=utf-8", export.Headers["content-type"]);
        Assert.Equal(["title", "date", "paper", "page", "byline", "url", "snippet"], rows[0]);
        var total = (await host.SearchAsync("农技")).GetProperty("total").GetInt32();
        Assert.Equal(NoticeCount, total);
        Assert.Equal(total, rows.Count - 1);
        Assert.All(rows.Skip(1), row => Assert.Matches("^http://127.0.0.1:\\d+/articles/[0-9a-f]{16}-\\d+$", row[5]));
    }

    [Fact]
    public async Task A_search_that_finds_only_near_matches_offers_an_export_of_those_near_matches()
    {
        const string query = "图书馆夜间延长开放时间"; // every word is on the library page, the string as written nowhere
        var shown = await host.SearchAsync(query);
        Assert.True(shown.GetProperty("relaxed").GetBoolean());
        var page = await OpenAsync();
        await page.GotoAsync("/?q=" + Uri.EscapeDataString(query));
        await ResultsShownAsync(page, "q=" + Uri.EscapeDataString(query));

        var href = await page.GetAttributeAsync("#export-csv", "href");
        var export = await page.APIRequest.GetAsync(href!);
        var rows = CsvTable(await export.TextAsync());

        Assert.Contains("导出的也是这些相近结果", await page.InnerTextAsync("#status"));
        Assert.Contains("relaxed=include", href);
        Assert.Contains("relaxed=include", await page.GetAttributeAsync("#export-jsonl", "href"));
        Assert.Equal(shown.GetProperty("total").GetInt32(), rows.Count - 1);
        Assert.Contains("青石县图书馆试行夜间开放", rows.Skip(1).Select(row => row[0]));
        await BrowserSession.ScreenshotAsync(page, "near-matches-export.png");

        await page.GotoAsync("/?q=%E5%86%9C%E6%8A%80");
        await ResultsShownAsync(page, "q=%E5%86%9C%E6%8A%80");
        Assert.DoesNotContain("relaxed", await page.GetAttributeAsync("#export-csv", "href"));
    }

    /// <summary>The rows of an export from its header row on: the lines before it say what the export is.</summary>
    internal static List<string[]> CsvTable(string text) => CsvRows(text).SkipWhile(row => row[0] != "title").ToList();

    /// <summary>An RFC 4180 reader: quoted fields, doubled quotes, line breaks inside quotes.</summary>
    internal static List<string[]> CsvRows(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else if (c != '\r') field.Append(c);
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add([.. row]);
        }

        return rows;
    }

    [Fact]
    public async Task A_server_error_shows_a_chinese_message_with_a_retry_that_recovers()
    {
        var page = await OpenAsync(390, 780);
        var failures = 1;
        await page.RouteAsync("**/api/search?**", async route =>
        {
            if (failures-- > 0)
                await route.FulfillAsync(new RouteFulfillOptions { Status = 500, ContentType = "application/problem+json", Body = "{\"title\":\"An error occurred\",\"status\":500}" });
            else
                await route.ContinueAsync();
        });

        await page.GotoAsync("/?q=%E6%9C%AC%E6%8A%A5%E8%AE%AF");
        await page.WaitForSelectorAsync("#status.error .retry");
        Assert.Contains("服务器出错（500）", await page.InnerTextAsync("#status"));
        Assert.Equal(0, await page.Locator("#results li").CountAsync());
        await BrowserSession.ScreenshotAsync(page, "server-error-phone-390.png");

        await page.ClickAsync("#status .retry");
        await ResultsShownAsync(page, "q=%E6%9C%AC%E6%8A%A5%E8%AE%AF");
        Assert.Equal(3, await page.Locator("#results li").CountAsync());
    }

    [Fact]
    public async Task A_problem_is_shown_in_the_chinese_of_its_code_with_its_values_and_an_unknown_code_as_the_servers_detail()
    {
        var page = await OpenAsync();
        var body = "{\"status\":400,\"code\":\"query.quote_not_closed\",\"position\":7,\"detail\":\"Unclosed quote.\"}";
        await page.RouteAsync("**/api/search?**", route => route.FulfillAsync(new RouteFulfillOptions { Status = 400, ContentType = "application/problem+json", Body = body }));

        await page.GotoAsync("/?q=%E6%9C%AC%E6%8A%A5%E8%AE%AF");
        await page.WaitForSelectorAsync("#status.error");
        Assert.Contains("第 7 个字处的引号没有闭合", await page.InnerTextAsync("#status"));

        body = "{\"status\":400,\"code\":\"query.not_yet_known\",\"detail\":\"A newer service refuses this.\"}";
        await page.GotoAsync("/?q=%E6%9C%AC%E6%8A%A5");
        await page.WaitForSelectorAsync("#status.error");
        Assert.Contains("A newer service refuses this.", await page.InnerTextAsync("#status"));
    }

    [Fact]
    public async Task An_answer_that_is_not_json_is_a_failure_with_a_retry_not_an_endless_wait()
    {
        var page = await OpenAsync();
        await page.RouteAsync("**/api/search?**", route => route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html", Body = "<html>proxy page</html>" }));

        await page.GotoAsync("/?q=%E6%9C%AC%E6%8A%A5%E8%AE%AF");
        await page.WaitForSelectorAsync("#status.error .retry");

        Assert.Contains("无法识别", await page.InnerTextAsync("#status"));
    }
}
