using System.Net;
using System.Text.Json;

namespace ArchiveSearch.Server.Tests;

/// <summary>The permanent pages over HTTP: server-rendered, escaped, and still answering after a page is renamed or re-cut.</summary>
public sealed class PermalinkPagesTests : IAsyncLifetime
{
    private const string Sidecar = """{"paper":"江城日报","date":"2024-03-15","page":"2"}""";
    private readonly ArchiveHost host = ArchiveHost.InTempFolder();
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        host.WritePage("day/p2.txt", TestPages.Library + "\n" + TestPages.Orchard);
        host.WritePage("day/p2.json", Sidecar);
        await host.StartAsync(kestrel: true);
        client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await host.DisposeAsync();
    }

    private async Task<string> IdAsync(string query) => (await host.SearchAsync(query)).GetProperty("hits")[0].GetProperty("id").GetString()!;

    [Fact]
    public async Task An_article_page_is_html_with_its_text_marked_and_a_citation_and_an_unknown_id_is_a_chinese_404_page()
    {
        var id = await IdAsync("白杨沟村");

        var response = await client.GetAsync($"/articles/{id}?q={Uri.EscapeDataString("苹果")}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1 class=\"article-title\" tabindex=\"-1\">白杨沟村<mark>苹果</mark>丰收</h1>", html);
        Assert.Contains("韩晓雪. 白杨沟村苹果丰收[N]. 江城日报, 2024-03-15(2).</p>", html);
        Assert.Contains("韩晓雪. 白杨沟村苹果丰收[N/OL]. 江城日报, 2024-03-15(2)[", html);
        Assert.Contains("韩晓雪. “白杨沟村苹果丰收.” 江城日报, March 15, 2024. Accessed ", html);
        Assert.DoesNotContain("<script>", html.Replace("<script src=", ""));

        var missing = await client.GetAsync("/articles/0000000000000000-9");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("未找到文章", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Text_from_a_page_is_escaped_in_the_html()
    {
        host.WritePage("evil.txt", "青石县<script>alert(1)</script>通知\n\n本报讯 青石县发布通知，<b>全县</b>道路维修。\n");
        await ArchiveHost.WaitUntilAsync(async () => await host.TotalAsync("道路维修") == 1, "the page to be indexed");

        var html = await client.GetStringAsync($"/articles/{await IdAsync("道路维修")}");

        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<b>全县</b>", html);
        Assert.Contains("&lt;b&gt;全县&lt;/b&gt;", html);
    }

    [Fact]
    public async Task A_renamed_page_keeps_its_urls_and_a_re_cut_redirects_a_retired_id_to_the_article_holding_its_text()
    {
        var orchard = await IdAsync("白杨沟村");
        var library = await IdAsync("夜间开放");

        File.Move(Path.Combine(host.Inbox, "day/p2.txt"), Path.Combine(host.Inbox, "day/renamed.txt"));
        File.Move(Path.Combine(host.Inbox, "day/p2.json"), Path.Combine(host.Inbox, "day/renamed.json"));
        // The two halves of a move can settle in different batches, so the story may be missing for a moment between them.
        await ArchiveHost.WaitUntilAsync(async () => (await host.SearchAsync("白杨沟村")).GetProperty("hits") is { } hits
            && hits.GetArrayLength() > 0 && hits[0].GetProperty("pageId").GetString() == "day/renamed", "the renamed page to be indexed");
        Assert.Equal(orchard, await IdAsync("白杨沟村"));

        // The page is cut again without the library article: the orchard story takes the first place.
        host.WritePage("day/renamed.txt", TestPages.Orchard);
        await ArchiveHost.WaitUntilAsync(async () => await host.TotalAsync("夜间开放") == 0, "the re-cut page to be indexed");

        var moved = await client.GetAsync($"/articles/{orchard}");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        var now = await client.GetStringAsync(moved.Headers.Location);
        Assert.Contains("白杨沟村苹果丰收", now);
        var api = await client.GetAsync($"/api/articles/{orchard}");
        Assert.Equal(HttpStatusCode.MovedPermanently, api.StatusCode);
        Assert.StartsWith("/api/articles/", api.Headers.Location!.OriginalString);

        var gone = await client.GetAsync($"/articles/{library}");
        Assert.Equal(HttpStatusCode.OK, gone.StatusCode); // its place now holds the orchard story
        Assert.Contains("白杨沟村苹果丰收", await gone.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_page_shows_its_articles_in_order_with_links_to_each()
    {
        var hit = (await host.SearchAsync("白杨沟村")).GetProperty("hits")[0];
        var article = await client.GetStringAsync(hit.GetProperty("url").GetString());
        var pageUrl = System.Text.RegularExpressions.Regex.Match(article, "href=\"(/pages/[0-9a-f]{16})[?\"]").Groups[1].Value;

        var html = await client.GetStringAsync(pageUrl);

        Assert.True(html.IndexOf("青石县图书馆试行夜间开放", StringComparison.Ordinal) < html.IndexOf("白杨沟村苹果丰收", StringComparison.Ordinal));
        Assert.Contains($"href=\"/articles/{hit.GetProperty("id").GetString()}\"", html);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/pages/0000000000000000")).StatusCode);
    }

    [Fact]
    public async Task The_coverage_page_is_served_at_its_short_address()
    {
        var response = await client.GetAsync("/coverage");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"coverage-form\"", await response.Content.ReadAsStringAsync());
    }
}
