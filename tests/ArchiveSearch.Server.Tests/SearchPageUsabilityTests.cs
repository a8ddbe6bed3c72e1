using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace ArchiveSearch.Server.Tests;

/// <summary>
/// What an archivist meets on the search page, in Chromium against the real service: searching again, names not in
/// the archive, quoted phrases with spaces, bylines, pages of unknown source, the pager, the keyboard, dates as
/// people write them, errors in Chinese, the author facet's "more", and tap targets on a phone.
/// </summary>
public sealed class SearchPageUsabilityTests(SearchPageUsabilityTests.Site site) : IClassFixture<SearchPageUsabilityTests.Site>
{
    public const int Reporters = 23;

    /// <summary>Three pages of two papers, a series of 23 農技 notices each by another reporter, and a page without a sidecar.</summary>
    public sealed class Site : IAsyncLifetime
    {
        public ArchiveHost Host { get; } = ArchiveHost.InTempFolder();

        public BrowserSession? Session { get; private set; }

        public async Task InitializeAsync()
        {
            WritePage("library", TestPages.Library, "江城日报", "2024-03-15", "1");
            WritePage("orchard", TestPages.Orchard, "江城日报", "2024-03-15", "2");
            WritePage("bridge", TestPages.Bridge, "松江晚报", "2023-11-02", "3");
            for (var i = 1; i <= Reporters; i++)
                WritePage($"notices/n{i:D2}", Notice(i), "青石日报", $"2022-{(i - 1) % 12 + 1:D2}-{(i - 1) / 12 + 5:D2}", "4");
            Host.WritePage("loose.txt", "无名古桥修缮完工\n\n本报讯 城南一座无名古桥近日修缮完工，恢复通行。\n");
            await Host.StartAsync(kestrel: true);
            await ArchiveHost.WaitUntilAsync(async () => (await Host.GetJsonAsync("/api/stats")).GetProperty("pages").GetInt32() == Reporters + 4, "every page indexed");
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

        private static readonly string[] Surnames = ["赵", "钱", "孙", "李", "吴", "郑", "冯", "陈", "褚", "卫", "蒋", "沈", "韩", "杨", "朱", "秦", "尤", "许", "何", "吕", "施", "张", "孔"];

        private static string Notice(int number) => $"""
            青石县第{number}期农技培训开班

            本报讯 记者{Surnames[number - 1]}文博报道 本期培训在青石县农业技术推广站举行，共有{number * 10}名农户参加。

            """;
    }

    private readonly ArchiveHost host = site.Host;

    private async Task<IPage> OpenAsync(int width = 1280, int height = 900)
    {
        var context = await site.Session!.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseAddress!.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return await context.NewPageAsync();
    }

    private static async Task SearchAsync(IPage page, string query)
    {
        await page.FillAsync("#q", query);
        await page.ClickAsync("#go");
        await page.WaitForFunctionAsync("() => !document.querySelector('#status').textContent.includes('中…')");
    }

    [Fact]
    public async Task Pressing_search_again_shows_pages_indexed_since_and_adds_no_history_entry()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/");
        await SearchAsync(page, "冰雪节");
        Assert.Equal(0, await page.Locator("#results li").CountAsync());
        var entries = await page.EvaluateAsync<int>("() => history.length");

        host.WritePage("snow.txt", "冰雪节开幕\n\n本报讯 记者林立报道 第十届冰雪节今天在松花江畔开幕，游客可以观赏冰灯和雪雕。\n");
        await ArchiveHost.WaitUntilAsync(async () => await host.TotalAsync("冰雪节") > 0, "the new page to be searchable", timeoutSeconds: 40);
        await page.ClickAsync("#go");
        await page.WaitForSelectorAsync("#results li .title");

        Assert.Equal(["冰雪节开幕"], await page.Locator("#results li .title").AllInnerTextsAsync());
        Assert.Equal(entries, await page.EvaluateAsync<int>("() => history.length"));
    }

    [Fact]
    public async Task A_name_not_in_the_archive_says_plainly_that_nothing_was_found_and_what_to_try()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/");
        await SearchAsync(page, "韩明远"); // 韩 and 明远 stand in other reporters' names

        var status = await page.InnerTextAsync("#status");
        Assert.Equal(0, await page.Locator("#results li").CountAsync());
        Assert.Contains("没有找到含有“韩明远”的文章", status);
        Assert.Contains("错别字", status);
    }

    [Fact]
    public async Task A_quoted_phrase_typed_with_a_space_between_chinese_words_finds_them_joined()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/");
        await SearchAsync(page, "\"夜间 开放\"");

        Assert.Equal(["青石县图书馆试行夜间开放"], await page.Locator("#results li .title").AllInnerTextsAsync());
        Assert.Equal("夜间开放", await page.Locator("#results li .title mark").InnerTextAsync());
    }

    [Theory]
    [InlineData("周明远")]
    [InlineData("author:周明远")]
    public async Task A_reporters_name_is_marked_in_the_byline_of_the_hit_and_the_article(string query)
    {
        var page = await OpenAsync();
        await page.GotoAsync("/");
        await SearchAsync(page, query);

        Assert.Equal("周明远", await page.Locator("#results li .meta .byline mark").InnerTextAsync());
        await page.ClickAsync("#results li .title");
        await page.WaitForSelectorAsync("#article:not([hidden]) h1");
        Assert.Equal("周明远", await page.Locator("#article .meta .byline mark").InnerTextAsync());
    }

    [Fact]
    public async Task A_page_without_a_sidecar_says_its_source_is_unknown_in_the_hit_the_article_and_the_citation()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/");
        await SearchAsync(page, "无名古桥");

        Assert.StartsWith("未注明报名 · 未注明日期", await page.InnerTextAsync("#results li .meta"));
        await page.ClickAsync("#results li .title");
        await page.WaitForSelectorAsync("#article:not([hidden]) h1");
        Assert.StartsWith("未注明报名 · 未注明日期", await page.InnerTextAsync("#article .article .meta"));
        Assert.Contains("[N]. [未注明报名], [未注明日期].", await page.InnerTextAsync("#citation-print"));
    }

    [Fact]
    public async Task The_pager_is_hidden_while_an_article_is_open_and_back_after_closing()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/?q=%E5%86%9C%E6%8A%80");
        await page.WaitForSelectorAsync("#pager button");
        Assert.True(await page.IsVisibleAsync("#pager"));

        await page.ClickAsync("#results li .title");
        await page.WaitForSelectorAsync("#article:not([hidden]) h1");
        Assert.False(await page.IsVisibleAsync("#pager"));

        await page.Keyboard.PressAsync("Escape");
        await page.WaitForSelectorAsync("#results li .title");
        Assert.True(await page.IsVisibleAsync("#pager"));
    }

    [Fact]
    public async Task From_the_query_box_a_skip_link_reaches_the_first_hit_in_a_few_tabs()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/?q=%E5%86%9C%E6%8A%80");
        await page.WaitForSelectorAsync("#results li .title");
        await page.FocusAsync("#q");

        await page.Keyboard.PressAsync("Tab"); // 搜索
        await page.Keyboard.PressAsync("Tab"); // the skip link
        Assert.Equal("跳到检索结果", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        Assert.True(await page.IsVisibleAsync(".skip-results"));
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");

        Assert.Equal(await page.Locator("#results li .title").First.InnerTextAsync(), await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
    }

    [Fact]
    public async Task Choosing_a_facet_keeps_the_focus_on_the_facet_list()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/?q=%E6%9C%AC%E6%8A%A5%E8%AE%AF");
        await page.WaitForSelectorAsync("#facets button[data-facet='paper']");

        await page.FocusAsync("#facets button[data-facet='paper'][data-value='江城日报']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#results[data-state*='paper=']");

        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('facets').contains(document.activeElement)"));
        Assert.Equal("paper", await page.EvaluateAsync<string>("() => document.activeElement.dataset.facet"));
    }

    [Theory]
    [InlineData("2024年3月", "2024年3月")]
    [InlineData("2024/03/15", "2024/03/15")]
    [InlineData("2024.3.1", "2024年3月31日")]
    public async Task Dates_as_people_write_them_are_understood(string from, string to)
    {
        var page = await OpenAsync();
        await page.GotoAsync($"/?from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}");
        await page.WaitForSelectorAsync("#results li .title");

        Assert.DoesNotContain("error", await page.GetAttributeAsync("#status", "class") ?? "");
        Assert.Contains("青石县图书馆试行夜间开放", await page.Locator("#results li .title").AllInnerTextsAsync());
    }

    [Fact]
    public async Task A_draft_dated_with_slashes_is_accepted_by_earlier_coverage()
    {
        var response = await host.Client.PostAsJsonAsync("/api/coverage", new { text = "青石县图书馆试行夜间开放，每周五、周六开放至晚上十点。", date = "2024/03/20" });

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal("2024-03-20", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("draftDate").GetString());
    }

    [Theory]
    [InlineData("\"夜间 开放\"~99999", "距离太大")]
    [InlineData("((((((((((((((((((夜间))))))))))))))))))", "括号嵌套太深")]
    public async Task Query_limits_are_told_in_chinese(string query, string message)
    {
        var page = await OpenAsync();
        await page.GotoAsync("/?q=" + Uri.EscapeDataString(query));
        await page.WaitForSelectorAsync("#status.error");

        Assert.Contains(message, await page.InnerTextAsync("#status"));
        Assert.DoesNotMatch("[A-Za-z]{4,}", await page.InnerTextAsync("#status"));
    }

    [Fact]
    public async Task A_query_over_the_limit_is_told_with_the_limit_and_the_tab_title_says_it_failed()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/?q=%E5%A4%9C%E9%97%B4%E5%BC%80%E6%94%BE");
        await page.WaitForSelectorAsync("#results li .title");
        Assert.StartsWith("夜间开放", await page.TitleAsync());

        await SearchAsync(page, new string('档', 2000));
        await page.WaitForSelectorAsync("#status.error");

        Assert.Contains("最多 1000 个字", await page.InnerTextAsync("#status"));
        Assert.DoesNotContain("夜间开放", await page.TitleAsync());

        await page.GotoAsync("/?q=%E5%A4%9C%E9%97%B4&from=yesterday");
        await page.WaitForSelectorAsync("#status.error");
        Assert.Contains("出错", await page.TitleAsync());
    }

    [Fact]
    public async Task The_author_facet_offers_more_names_beyond_the_first_twenty()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/?q=%E5%86%9C%E6%8A%80");
        await page.WaitForSelectorAsync("#facets button[data-facet='author']");
        Assert.Equal(20, await page.Locator("#facets button[data-facet='author']").CountAsync());

        await page.ClickAsync("#facets button[data-facet='author-more']");
        await page.WaitForFunctionAsync($"() => document.querySelectorAll(\"#facets button[data-facet='author']\").length === {Reporters}");

        Assert.Equal(0, await page.Locator("#facets button[data-facet='author-more']").CountAsync());
    }

    [Fact]
    public async Task On_a_phone_the_controls_of_the_search_page_are_at_least_44_px_tall()
    {
        var page = await OpenAsync(360, 740);
        await page.GotoAsync("/?q=%E5%86%9C%E6%8A%80&paper=%E9%9D%92%E7%9F%B3%E6%97%A5%E6%8A%A5");
        await page.WaitForSelectorAsync("#pager button");
        await BrowserSession.ScreenshotAsync(page, "search-phone-tap-targets.png");

        foreach (var selector in new[] { "#export-csv", "#export-jsonl", ".options .help", "#go", "#sort", "#facets-toggle", ".chip", "#pager button" })
        {
            var box = await page.Locator(selector).First.BoundingBoxAsync();
            Assert.True(box is { Height: >= 44 } && box.Width >= 44, $"{selector} is {box?.Width}×{box?.Height} px");
        }
    }
}
