using Microsoft.Playwright;

namespace ArchiveSearch.Server.Tests.Corrections;

/// <summary>
/// Every page with the site header says who is signed in — name, role and a sign-out button on one line, on a phone
/// too — or offers a sign-in link that comes back to the page; signing out from the header signs out.
/// </summary>
public sealed class SiteAccountInBrowserTests : IAsyncLifetime
{
    private readonly ArchiveHost host = ArchiveHost.InTempFolder();
    private BrowserSession? session;
    private string key = "";

    public async Task InitializeAsync()
    {
        Archivists.Prepare(host);
        await host.StartAsync(Archivists.Settings(host), kestrel: true);
        session = await BrowserSession.LaunchAsync();
        key = await Archivists.PageKeyAsync(host);
    }

    public async Task DisposeAsync()
    {
        if (session is not null)
            await session.DisposeAsync();
        await host.DisposeAsync();
    }

    private IEnumerable<string> PagesWithHeader() =>
        ["/?q=图书馆", $"/articles/{key}-1", $"/pages/{key}", "/papers", "/syntax", "/trends", "/coverage"];

    private async Task<IPage> OpenAsync(int width)
    {
        var context = await session!.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseAddress!.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    private static async Task SignInAsync(IPage page, string name)
    {
        await page.GotoAsync("/signin?returnUrl=/papers");
        await page.FillAsync("input[name=name]", name);
        await page.FillAsync("input[name=password]", Archivists.Password);
        await page.ClickAsync("form.signin button[type=submit]");
        // The next step opens another page: the redirect's arrival is enough, not every resource of /papers loaded,
        // which on a machine busy with other test hosts can take longer than Playwright's default 30 s.
        await page.WaitForURLAsync("**/papers", new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 90_000 });
    }

    [Fact]
    public async Task Signed_out_every_page_with_a_header_offers_a_sign_in_link_back_to_itself()
    {
        var page = await OpenAsync(1280);
        foreach (var url in PagesWithHeader())
        {
            await page.GotoAsync(url);
            var link = page.Locator("#site-account a.signin-link");
            await link.WaitForAsync();
            Assert.Equal("登录", (await link.InnerTextAsync()).Trim());
            var path = url.Split('?')[0];
            Assert.Contains("returnUrl=" + Uri.EscapeDataString(path), await link.GetAttributeAsync("href"));
        }
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(360)]
    public async Task Signed_in_every_page_with_a_header_shows_the_name_and_role_with_the_sign_out_button_on_the_same_line(int width)
    {
        var page = await OpenAsync(width);
        await SignInAsync(page, "alice");
        foreach (var url in PagesWithHeader())
        {
            await page.GotoAsync(url);
            await page.Locator("#site-account .user").WaitForAsync();
            Assert.Equal("alice", await page.InnerTextAsync("#site-account .user"));
            Assert.Equal("（档案员）", await page.InnerTextAsync("#site-account .role"));
            var name = (await page.Locator("#site-account .user").BoundingBoxAsync())!;
            var button = (await page.Locator("#site-account form.signout button").BoundingBoxAsync())!;
            Assert.True(Math.Abs((name.Y + name.Height / 2) - (button.Y + button.Height / 2)) < 8,
                $"{url} at {width} px: the name (y {name.Y}) and the sign-out button (y {button.Y}) are on one line");
            Assert.True(button.X > name.X, $"{url} at {width} px: the button follows the name");
            Assert.True(await page.EvaluateAsync<bool>($"document.documentElement.scrollWidth <= {width}"), $"{url} at {width} px: no sideways scrolling");
            Assert.Equal(0, await page.Locator("main form.signout").CountAsync());
        }

        await page.GotoAsync($"/pages/{key}");
        await page.Locator("#site-account .user").WaitForAsync();
        await BrowserSession.ScreenshotAsync(page, $"site-account-page-view-{width}.png");
    }

    [Fact]
    public async Task A_reader_sees_the_reader_role_and_signing_out_from_the_search_page_header_signs_out()
    {
        var page = await OpenAsync(1280);
        await SignInAsync(page, "rita");
        await page.GotoAsync("/?q=图书馆");
        await page.Locator("#site-account .user").WaitForAsync();
        Assert.Equal("（读者）", await page.InnerTextAsync("#site-account .role"));

        await page.ClickAsync("#site-account form.signout button");
        await page.WaitForURLAsync(host.BaseAddress!.ToString());
        await page.Locator("#site-account a.signin-link").WaitForAsync();
        await page.GotoAsync($"/pages/{key}");
        await page.Locator("#site-account a.signin-link").WaitForAsync();
    }
}
