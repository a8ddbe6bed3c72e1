using System.Xml.Linq;
using ArchiveSearch.Server.Tests.Feeds;
using Microsoft.Playwright;

namespace ArchiveSearch.Server.Tests.Trends;

/// <summary>
/// The trends page and the search feed in Debian's Chromium against the real service: a trend of two queries drawn,
/// read out by pointer and keyboard, followed to a search, its CSV checked against the searches, printed; a feed read
/// by an XML parser and its entries opened. Screenshots at 1280 and 360 px go to artifacts/screenshots/.
/// </summary>
public sealed class TrendsInBrowserTests(TrendsInBrowserTests.Site site) : IClassFixture<TrendsInBrowserTests.Site>
{
    private const string TwoQueries = "/trends?q=%E5%86%9C%E6%8A%80&q=%E9%9D%92%E7%9F%B3%E5%8E%BF&by=month"; // 农技, 青石县

    public sealed class Site : IAsyncLifetime
    {
        public DatedSite Archive { get; } = new();

        public BrowserSession? Session { get; private set; }

        public async Task InitializeAsync()
        {
            await Archive.InitializeAsync();
            Session = await BrowserSession.LaunchAsync();
        }

        public async Task DisposeAsync()
        {
            if (Session is not null)
                await Session.DisposeAsync();
            await Archive.DisposeAsync();
        }
    }

    private Task<IPage> OpenAsync(int width = 1280, int height = 900) => site.Session!.OpenAsync(site.Archive.Host.BaseAddress!, width, height);

    [Fact]
    public async Task A_trend_of_two_queries_is_drawn_as_two_labelled_lines_whose_points_read_out_their_figures_by_pointer_and_keyboard()
    {
        var page = await OpenAsync();
        await page.GotoAsync(TwoQueries);

        Assert.Equal(2, await page.Locator(".trend-svg g.series").CountAsync());
        Assert.Equal(["农技", "青石县"], await page.Locator(".trend-svg g.series").EvaluateAllAsync<string[]>("gs => gs.map(g => g.dataset.query)"));
        Assert.Equal(["农技共12篇", "青石县共13篇"], (await page.Locator(".legend li").AllInnerTextsAsync()).Select(t => t.Replace(" ", "").Replace("\n", "")));
        // Each line its own colour.
        var colours = await page.Locator(".trend-svg g.series").EvaluateAllAsync<string[]>("gs => gs.map(g => [...new Set([...g.querySelectorAll('.line')].map(l => getComputedStyle(l).stroke))].join())");
        Assert.Equal(2, colours.Distinct().Count());
        Assert.All(colours, c => Assert.DoesNotContain(",rgb", c));

        // Both queries are in every notice: their points of 2022 lie on each other, and the readout gives both.
        await page.Locator(".trend-svg a.point[data-series='1'][data-point='2']").HoverAsync();
        Assert.Equal(["“农技” · 2022-03：1 篇，占同期全部 1 篇的 100%", "“青石县” · 2022-03：1 篇，占同期全部 1 篇的 100%"], await page.Locator("#readout .figure").AllInnerTextsAsync());
        Assert.Equal("“青石县” · 2022-03：1 篇，占同期全部 1 篇的 100%", await page.InnerTextAsync("#readout strong"));

        await page.Locator(".trend-svg a.point[data-series='0'][data-point='0']").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("“农技” · 2022-02：1 篇，占同期全部 1 篇的 100%", await page.InnerTextAsync("#readout strong"));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.StartsWith("“青石县” · 2022-02：", await page.InnerTextAsync("#readout strong"));
        await BrowserSession.ScreenshotAsync(page, "trends-desktop.png");

        var phone = await OpenAsync(360, 780);
        await phone.GotoAsync(TwoQueries + "&measure=count");
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 360"), "the page itself does not scroll sideways at 360 px");
        var fontPx = await phone.Locator(".trend-svg .tick").First.EvaluateAsync<double>("t => t.getBoundingClientRect().height");
        Assert.True(fontPx >= 9, $"axis labels are {fontPx} px high at 360 px");
        await BrowserSession.ScreenshotAsync(phone, "trends-phone.png");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await BrowserSession.ScreenshotAsync(page, "trends-print.png");
        Assert.True(await page.EvaluateAsync<bool>("matchMedia('print').matches"), "print media is emulated");
        Assert.Equal("none", await page.Locator(".trend-form").EvaluateAsync<string>("f => getComputedStyle(f).display"));
        Assert.True(await page.Locator(".trend-svg").IsVisibleAsync());
    }

    [Fact]
    public async Task A_point_followed_opens_the_search_of_its_query_over_its_period_with_the_points_count_as_total()
    {
        var page = await OpenAsync();
        await page.GotoAsync(TwoQueries);
        var point = page.Locator(".trend-svg a.point[data-series='1'][data-point='26']");
        var count = await point.GetAttributeAsync("data-count");

        await point.ClickAsync();
        await page.WaitForSelectorAsync("#results[data-state='q=%E9%9D%92%E7%9F%B3%E5%8E%BF&from=2024-03-01&to=2024-03-15']");

        Assert.Equal("1", count);
        Assert.StartsWith($"共 {count} 篇", await page.InnerTextAsync("#status"));
        Assert.Equal(["青石县图书馆试行夜间开放"], await page.Locator("#results li .title").AllInnerTextsAsync());
    }

    [Fact]
    public async Task The_CSV_linked_from_the_page_has_for_every_period_the_totals_of_the_searches_of_that_period()
    {
        var page = await OpenAsync();
        await page.GotoAsync(TwoQueries);
        var href = await page.GetAttributeAsync("#trend-csv", "href");

        var csv = await page.APIRequest.GetAsync(href!);
        var rows = TrendCsvRows.Parse(await csv.BodyAsync());

        var header = rows.FindIndex(r => r.Length > 0 && r[0] == "period");
        Assert.Equal(["农技", "青石县"], rows.Where(r => r[0].StartsWith("query ")).Select(r => r[1]));
        var table = rows.Skip(header + 1).ToList();
        Assert.Equal(27, table.Count);
        foreach (var row in table)
        {
            Assert.Equal(row[4], (await site.Archive.SearchTotalAsync("农技", row[1], row[2])).ToString());
            Assert.Equal(row[6], (await site.Archive.SearchTotalAsync("青石县", row[1], row[2])).ToString());
        }

        Assert.Contains(table, r => r[4] != "0");
    }

    [Fact]
    public async Task The_feed_offered_by_the_search_page_reads_as_XML_and_each_entry_link_opens_its_article()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/");
        await page.FillAsync("#q", "农技");
        await page.PressAsync("#q", "Enter");
        await page.WaitForSelectorAsync("#results[data-state='q=%E5%86%9C%E6%8A%80']");
        var visible = await page.GetAttributeAsync("#feed-link", "href");
        var discovered = await page.GetAttributeAsync("link[rel=alternate][type='application/atom+xml']", "href");
        Assert.True(await page.Locator("#feed-link").IsVisibleAsync());
        Assert.Equal("/feeds/search?q=%E5%86%9C%E6%8A%80", visible);
        Assert.Equal(visible, discovered);
        await BrowserSession.ScreenshotAsync(page, "search-feed-link-desktop.png");

        var feed = XDocument.Parse(await (await page.APIRequest.GetAsync(visible!)).TextAsync());
        XNamespace atom = AtomSchema.Namespace;
        var entries = feed.Root!.Elements(atom + "entry").Select(e => ((string)e.Element(atom + "title")!, (string)e.Element(atom + "link")!.Attribute("href")!)).ToList();
        Assert.Equal(12, entries.Count);
        foreach (var (title, link) in entries.Take(4))
        {
            var opened = await page.GotoAsync(link);
            Assert.Equal(200, opened!.Status);
            Assert.Equal(title, await page.InnerTextAsync("article h1"));
        }

        var phone = await OpenAsync(360, 780);
        await phone.GotoAsync("/?q=%E5%86%9C%E6%8A%80");
        await phone.WaitForSelectorAsync("#results[data-state='q=%E5%86%9C%E6%8A%80']");
        Assert.True(await phone.Locator("#feed-link").IsVisibleAsync());
        await BrowserSession.ScreenshotAsync(phone, "search-feed-link-phone.png");
    }
}
