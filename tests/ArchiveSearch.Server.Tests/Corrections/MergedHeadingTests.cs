using System.Net;

namespace ArchiveSearch.Server.Tests.Corrections;

/// <summary>The headline of an article merged into another is a section heading of the merged one: searched, and shown as a heading.</summary>
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
}
