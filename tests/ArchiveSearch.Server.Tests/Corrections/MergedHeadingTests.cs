using System.Net;
using System.Text.Json;

namespace ArchiveSearch.Server.Tests.Corrections;

/// <summary>
/// The headline of an article merged into another is a section heading of the merged one: searched as body text, and
/// shown as a heading on the page view, on the article's own page and in its JSON.
/// </summary>
public sealed class MergedHeadingTests : IAsyncLifetime
{
    private readonly ArchiveHost host = ArchiveHost.InTempFolder();

    public async Task InitializeAsync()
    {
        Archivists.Prepare(host);
        await host.StartAsync(Archivists.Settings(host));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_merged_articles_headline_is_a_heading_on_the_page_view_and_finds_the_article_it_joined()
    {
        var key = await Archivists.PageKeyAsync(host);
        var headline = (await host.GetJsonAsync($"/api/articles/{key}-2")).GetProperty("title").GetString()!;
        var alice = await Archivists.SignInAsync(host, "alice");
        var token = await Archivists.TokenAsync(alice, $"/pages/{key}");

        var merged = await alice.PostAsync($"/pages/{key}/corrections", Archivists.Form(token, ("kind", "merge"), ("item", "1"), ("target", "2")));

        Assert.Equal(HttpStatusCode.SeeOther, merged.StatusCode);
        var html = await host.CreateClient().GetStringAsync($"/pages/{key}");
        Assert.Contains($"<h3 class=\"block role-heading\"><span class=\"tag\">小标题</span> {headline}</h3>", html);
        Assert.DoesNotContain($"<p class=\"block role-paragraph\"><span class=\"tag\">正文</span> {headline}</p>", html);
        Assert.Equal($"{key}-1", await Archivists.FirstHitAsync(host, $"\"{headline}\""));
    }

    [Fact]
    public async Task The_merged_articles_headline_is_a_heading_on_the_article_page_and_in_the_article_json_and_still_finds_it()
    {
        var key = await Archivists.PageKeyAsync(host);
        var headline = (await host.GetJsonAsync($"/api/articles/{key}-2")).GetProperty("title").GetString()!;
        var exactly = $"\"{headline}\"";
        var foundBefore = await host.TotalAsync(exactly);
        var alice = await Archivists.SignInAsync(host, "alice");
        var token = await Archivists.TokenAsync(alice, $"/pages/{key}");

        var merged = await alice.PostAsync($"/pages/{key}/corrections", Archivists.Form(token, ("kind", "merge"), ("item", "1"), ("target", "2")));

        Assert.Equal(HttpStatusCode.SeeOther, merged.StatusCode);
        var article = await host.GetJsonAsync($"/api/articles/{key}-1");
        Assert.Equal([headline], article.GetProperty("headings").EnumerateArray().Select(h => h.GetString()));
        Assert.Contains(headline, article.GetProperty("body").GetString()!.Split('\n'));
        var html = await host.CreateClient().GetStringAsync($"/articles/{key}-1");
        Assert.Contains($"<h3 class=\"block role-heading\"><span class=\"tag\">小标题</span> {headline}</h3>", html);
        Assert.DoesNotContain($"<p>{headline}</p>", html);
        var marked = await host.CreateClient().GetStringAsync($"/articles/{key}-1?q={Uri.EscapeDataString(headline)}");
        Assert.Contains($"<h3 class=\"block role-heading\"><span class=\"tag\">小标题</span> <mark>{headline}</mark></h3>", marked);
        Assert.Equal(foundBefore, await host.TotalAsync(exactly));
        Assert.Equal($"{key}-1", await Archivists.FirstHitAsync(host, exactly));
    }

    [Fact]
    public async Task An_article_without_section_headings_has_an_empty_headings_list_and_plain_paragraphs()
    {
        var key = await Archivists.PageKeyAsync(host);

        var article = await host.GetJsonAsync($"/api/articles/{key}-1");
        var html = await host.CreateClient().GetStringAsync($"/articles/{key}-1");

        Assert.Equal(JsonValueKind.Array, article.GetProperty("headings").ValueKind);
        Assert.Equal(0, article.GetProperty("headings").GetArrayLength());
        Assert.DoesNotContain("role-heading", html);
    }
}
