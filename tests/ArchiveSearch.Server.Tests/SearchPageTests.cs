using Microsoft.Playwright;

namespace ArchiveSearch.Server.Tests;

/// <summary>The search page in a real browser (Debian's Chromium) against the real service.</summary>
public sealed class SearchPageTests : IAsyncLifetime
{
    private readonly ArchiveHost host = ArchiveHost.InTempFolder();
    private BrowserSession? session;

    public async Task InitializeAsync()
    {
        host.WritePage("library.txt", TestPages.Library);
        host.WritePage("orchard.txt", TestPages.Orchard);
        host.WritePage("bridge.txt", TestPages.Bridge);
        await host.StartAsync(kestrel: true);
        session = await BrowserSession.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (session is not null)
            await session.DisposeAsync();
        await host.DisposeAsync();
    }

    private Task<IPage> OpenAsync() => session!.OpenAsync(host.BaseAddress!);

    [Fact]
    public async Task Typing_a_query_shows_ranked_hits_with_the_match_marked_and_opens_an_article()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/");

        await page.FillAsync("#q", "夜间开放");
        await page.ClickAsync("#go");
        await page.WaitForSelectorAsync("#results[data-state^='q=']");

        Assert.Equal(["青石县图书馆试行夜间开放"], await page.Locator("#results li .title").AllInnerTextsAsync());
        Assert.Equal("夜间开放", await page.Locator("#results li .title mark").InnerTextAsync());
        Assert.Equal(["每周五、周六开放至晚上十点"], await page.Locator("#results li .subtitle").AllInnerTextsAsync());
        Assert.Equal("夜间开放", await page.Locator("#results li .snippet mark").First.InnerTextAsync());
        Assert.Contains("共 1 篇", await page.InnerTextAsync("#status"));
        Assert.Contains("q=", page.Url);

        await page.ClickAsync("#results li .title");
        await page.WaitForSelectorAsync("#article:not([hidden]) h1");
        Assert.Contains("古籍修复", await page.InnerTextAsync("#article"));
        Assert.Equal("夜间开放", await page.Locator("#article h1 mark").InnerTextAsync());
    }

    [Fact]
    public async Task The_search_page_works_under_its_content_security_policy_without_a_violation()
    {
        var page = await OpenAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) violations.Add(message.Text);
        };

        var response = await page.GotoAsync("/");
        await page.FillAsync("#q", "夜间开放");
        await page.ClickAsync("#go");
        await page.WaitForSelectorAsync("#results li .title mark");
        await page.ClickAsync("#results li .title");
        await page.WaitForSelectorAsync("#article:not([hidden]) h1");

        Assert.Contains("frame-ancestors 'none'", await response!.HeaderValueAsync("content-security-policy"));
        Assert.Empty(violations);
    }

    [Fact]
    public async Task A_malformed_request_shows_the_servers_message_instead_of_results()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/?q=%E6%9D%BE%E8%8A%B1%E6%B1%9F&from=yesterday");

        await page.WaitForSelectorAsync("#status.error");

        Assert.Contains("2024年3月15日", await page.InnerTextAsync("#status"));
        Assert.Contains("日期“yesterday”的格式不对", await page.InnerTextAsync("#status"));
        Assert.Equal(0, await page.Locator("#results li").CountAsync());
    }

    [Fact]
    public async Task Clicking_a_facet_value_narrows_the_results()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/?q=%E6%9C%AC%E6%8A%A5%E8%AE%AF");
        await page.WaitForSelectorAsync("#results[data-state^='q=']");
        Assert.Equal(3, await page.Locator("#results li").CountAsync());

        // The three are two briefs and a full article (the one with a sub-headline).
        var briefs = page.Locator("#facets button[data-facet='kind'][data-value='brief']");
        Assert.Equal("2", await briefs.Locator("span").InnerTextAsync());
        await briefs.ClickAsync();
        await page.WaitForSelectorAsync("#results[data-state*='kind=brief']");

        Assert.Contains("kind=brief", page.Url);
        Assert.Equal(2, await page.Locator("#results li").CountAsync());
        Assert.DoesNotContain("青石县图书馆试行夜间开放", await page.Locator("#results li .title").AllInnerTextsAsync());
    }
}
