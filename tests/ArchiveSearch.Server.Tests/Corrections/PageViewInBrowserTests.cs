using Microsoft.Playwright;

namespace ArchiveSearch.Server.Tests.Corrections;

/// <summary>
/// The page view in Debian's Chromium against the real service: an archivist signs in, merges two articles on the page
/// view, the search hit shows the new cut, and undo restores it; the view is read on a 360 px phone without sideways
/// scrolling. Screenshots at 1280 and 360 px go to artifacts/screenshots/.
/// </summary>
public sealed class PageViewInBrowserTests : IAsyncLifetime
{
    private readonly ArchiveHost host = ArchiveHost.InTempFolder();
    private BrowserSession? session;

    public async Task InitializeAsync()
    {
        Archivists.Prepare(host);
        await host.StartAsync(Archivists.Settings(host), kestrel: true);
        session = await BrowserSession.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (session is not null)
            await session.DisposeAsync();
        await host.DisposeAsync();
    }

    private async Task<IPage> OpenAsync(int width)
    {
        var context = await session!.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseAddress!.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    private static async Task<string> FirstHitTitleAsync(IPage page, string query)
    {
        await page.GotoAsync("/?q=" + Uri.EscapeDataString(query));
        await page.WaitForSelectorAsync("#results li");
        return (await page.InnerTextAsync("#results li a.title")).Trim();
    }

    [Fact]
    public async Task An_archivist_signs_in_merges_two_articles_on_the_page_view_the_hit_shows_the_new_cut_and_undo_restores_it()
    {
        var key = await Archivists.PageKeyAsync(host);
        var page = await OpenAsync(1280);
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error" && !message.Location.Contains("favicon.ico")) errors.Add(message.Text + " " + message.Location); };

        await page.GotoAsync($"/pages/{key}?article={key}-1");
        Assert.Equal(0, await page.Locator("form.fix-form").CountAsync());
        await page.ClickAsync("main a.signin-link");
        await page.FillAsync("input[name=name]", "alice");
        await page.FillAsync("input[name=password]", Archivists.Password);
        await page.ClickAsync("form.signin button[type=submit]");
        await page.WaitForURLAsync($"**/pages/{key}");
        Assert.Equal("alice", await page.InnerTextAsync("#site-account .user"));
        Assert.Equal("白杨沟村冷链仓储投用", await FirstHitTitleAsync(page, "白杨沟村冷链"));

        await page.GotoAsync($"/pages/{key}?article={key}-1");
        Assert.Equal("1", await page.GetAttributeAsync(".printed-page .current", "data-ordinal"));
        await page.ClickAsync("#a1 details.item-fix > summary");
        await page.SelectOptionAsync("#a1 form.merge select[name=target]", "2");
        await page.FillAsync("#a1 form.merge input[name=why]", "冷链一文是续篇");
        await page.ClickAsync("#a1 form.merge button[type=submit]");
        await page.WaitForSelectorAsync(".history li.correction[data-id='1']");
        Assert.Equal(0, await page.Locator("#a2").CountAsync());
        Assert.Contains("白杨沟村冷链仓储中心", await page.InnerTextAsync("#a1"));
        Assert.Contains("已应用", await page.InnerTextAsync(".history"));
        await BrowserSession.ScreenshotAsync(page, "page-view-archivist-1280.png");

        Assert.Equal("青石县图书馆试行夜间开放", await FirstHitTitleAsync(page, "白杨沟村冷链"));

        await page.GotoAsync($"/pages/{key}");
        await page.ClickAsync(".history form.undo button[type=submit]");
        await page.WaitForSelectorAsync(".history li.correction.undone");
        Assert.Equal(1, await page.Locator("#a2").CountAsync());
        Assert.Equal("白杨沟村冷链仓储投用", await FirstHitTitleAsync(page, "白杨沟村冷链"));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task On_a_360_px_phone_the_page_view_shows_every_block_labelled_without_sideways_scrolling()
    {
        var key = await Archivists.PageKeyAsync(host);
        var page = await OpenAsync(360);

        await page.GotoAsync($"/pages/{key}?article={key}-3");

        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 360"), "no sideways scrolling at 360 px");
        Assert.Equal("3", await page.GetAttributeAsync(".printed-page .current", "data-ordinal"));
        Assert.Contains("图片说明", await page.InnerTextAsync("#a3"));
        Assert.Contains("图片署名", await page.InnerTextAsync("#a3"));
        Assert.True(await page.Locator(".printed-page .outside .role-furniture").CountAsync() > 0, "lines in no article are shown as page furniture");
        await BrowserSession.ScreenshotAsync(page, "page-view-reader-360.png");

        var alice = await page.Context.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress!.ToString(), ViewportSize = new ViewportSize { Width = 360, Height = 900 } });
        var phone = await alice.NewPageAsync();
        await phone.GotoAsync($"/signin?returnUrl=/pages/{key}");
        await phone.FillAsync("input[name=name]", "alice");
        await phone.FillAsync("input[name=password]", Archivists.Password);
        await phone.ClickAsync("form.signin button[type=submit]");
        await phone.WaitForURLAsync($"**/pages/{key}");
        await phone.ClickAsync("#a1 details.item-fix > summary");
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 360"), "no sideways scrolling with the correction forms open");
        await BrowserSession.ScreenshotAsync(phone, "page-view-archivist-360.png");
    }
}
