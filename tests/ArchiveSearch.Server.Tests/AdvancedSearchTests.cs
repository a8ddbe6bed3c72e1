using Microsoft.Playwright;

namespace ArchiveSearch.Server.Tests;

/// <summary>The advanced search form and the syntax guide page, in Chromium against the real service. Screens at 1280 and 360 px.</summary>
public sealed class AdvancedSearchTests(SearchPageUsabilityTests.Site site) : IClassFixture<SearchPageUsabilityTests.Site>
{
    private async Task<IPage> OpenAsync(int width = 1280, int height = 900)
    {
        var context = await site.Session!.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.Host.BaseAddress!.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        page.Console += (_, m) => Assert.DoesNotContain("Content Security Policy", m.Text);
        return page;
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(360, 740)]
    public async Task The_advanced_form_writes_the_query_syntax_into_the_box_and_searches_with_its_filters(int width, int height)
    {
        var page = await OpenAsync(width, height);
        await page.GotoAsync("/");
        await page.ClickAsync("#advanced summary");
        await page.WaitForSelectorAsync("#adv-paper option[value='青石日报']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });

        await page.FillAsync("#adv-all", "农技 培训");
        await page.FillAsync("#adv-phrase", "推广站");
        await page.FillAsync("#adv-any", "开班 结业");
        await page.FillAsync("#adv-none", "图书馆");
        await page.FillAsync("#adv-near", "青石县 农户");
        await page.FillAsync("#adv-within", "40");
        await page.FillAsync("#adv-author", "赵文博");
        await page.SelectOptionAsync("#adv-paper", "青石日报");
        await page.FillAsync("#adv-from", "2022年1月");
        await page.CheckAsync("#adv-front");
        Assert.Equal("农技 培训 \"推广站\" (开班 OR 结业) \"青石县 农户\"~40 author:赵文博 -图书馆", await page.InnerTextAsync("#adv-preview"));
        await BrowserSession.ScreenshotAsync(page, $"advanced-form-{width}.png");

        await page.ClickAsync("#adv-go");
        await page.WaitForSelectorAsync("#results[data-state*='front=true']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });

        Assert.Equal("农技 培训 \"推广站\" (开班 OR 结业) \"青石县 农户\"~40 author:赵文博 -图书馆", await page.InputValueAsync("#q"));
        Assert.Contains("paper=%E9%9D%92%E7%9F%B3%E6%97%A5%E6%8A%A5", page.Url);
        // The notices are printed on page 4: none is on a front page.
        Assert.Equal(0, await page.Locator("#results li").CountAsync());
        await page.ClickAsync(".chip:text('只看头版')");
        await page.WaitForSelectorAsync("#results li .title");
        Assert.Equal(["青石县第1期农技培训开班"], await page.Locator("#results li .title").AllInnerTextsAsync());
    }

    [Fact]
    public async Task Front_page_only_keeps_what_was_printed_on_page_one()
    {
        var all = await site.Host.GetJsonAsync("/api/search?q=%E6%9C%AC%E6%8A%A5%E8%AE%AF&size=100");
        var front = await site.Host.GetJsonAsync("/api/search?q=%E6%9C%AC%E6%8A%A5%E8%AE%AF&size=100&front=true");

        Assert.True(all.GetProperty("total").GetInt32() > 1);
        Assert.Equal(["青石县图书馆试行夜间开放"], front.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()));
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(360, 740)]
    public async Task The_syntax_guide_is_a_page_of_the_site_linked_from_the_search_page(int width, int height)
    {
        var page = await OpenAsync(width, height);
        await page.GotoAsync("/");
        await page.ClickAsync("#syntax-link");
        await page.WaitForSelectorAsync("main h1");

        Assert.Equal("Query syntax", await page.InnerTextAsync("main h1"));
        Assert.Contains("author:刘家伟", await page.InnerTextAsync(".guide-table"));
        Assert.True(await page.Locator(".guide-table tr").CountAsync() >= 10);
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"));
        await BrowserSession.ScreenshotAsync(page, $"syntax-guide-{width}.png");
    }
}
