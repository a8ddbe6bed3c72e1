using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ArchiveSearch.Server.Auth;
using Microsoft.AspNetCore.WebUtilities;

namespace ArchiveSearch.Server.Tests.Corrections;

/// <summary>
/// <c>Auth:RequireSignInToRead</c>: with it on, every read of the API and of the feeds is a 401 problem with a
/// <c>WWW-Authenticate</c> challenge and every page a redirect to the sign-in form that comes back to it, until a reader signs in; the sign-in form (with its style sheet and
/// script), the health checks and <c>/api/account</c> stay open. With it off, the same reads answer everyone.
/// </summary>
public sealed class ReadingSignInTests : IAsyncLifetime
{
    private const string Query = "青石县图书馆试行夜间开放";
    private readonly ArchiveHost host = ArchiveHost.InTempFolder();

    public Task InitializeAsync()
    {
        Archivists.Prepare(host);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task With_reading_closed_every_read_refuses_a_stranger_and_answers_a_signed_in_reader()
    {
        var settings = Archivists.Settings(host);
        settings["Auth:RequireSignInToRead"] = "true";
        await host.StartAsync(settings);
        var reader = await Archivists.SignInAsync(host, "rita");
        var (programs, pages) = await ReadsAsync(reader);
        var stranger = host.CreateClient();

        foreach (var url in programs)
        {
            var refused = await stranger.GetAsync(url);
            Assert.True(refused.StatusCode == HttpStatusCode.Unauthorized, $"{url} answered {refused.StatusCode} to a stranger");
            Assert.Equal(AuthServices.Challenge, refused.Headers.WwwAuthenticate.ToString());
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Equal("auth.sign_in_needed", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }

        foreach (var url in pages)
        {
            var refused = await stranger.GetAsync(url);
            Assert.True(refused.StatusCode == HttpStatusCode.Redirect, $"{url} answered {refused.StatusCode} to a stranger");
            var location = refused.Headers.Location!.OriginalString;
            Assert.StartsWith("/signin?", location);
            var returnUrl = QueryHelpers.ParseQuery(location[location.IndexOf('?')..])
                .Single(p => p.Key.Equals("returnUrl", StringComparison.OrdinalIgnoreCase)).Value.ToString();
            Assert.Equal(url, returnUrl);
        }

        foreach (var url in programs.Concat(pages))
        {
            var answered = await reader.GetAsync(url);
            Assert.True(answered.StatusCode == HttpStatusCode.OK, $"{url} answered {answered.StatusCode} to a signed-in reader");
        }

        await AssertOpenToStrangersAsync(stranger);
        Assert.Equal(JsonValueKind.Null, (await stranger.GetFromJsonAsync<JsonElement>("/api/account")).GetProperty("name").ValueKind);
    }

    [Fact]
    public async Task With_reading_closed_a_feed_reader_is_told_401_with_a_challenge_while_a_browser_on_a_page_is_sent_to_sign_in()
    {
        var settings = Archivists.Settings(host);
        settings["Auth:RequireSignInToRead"] = "true";
        await host.StartAsync(settings);
        var stranger = host.CreateClient();
        stranger.DefaultRequestHeaders.Accept.ParseAdd("application/atom+xml");
        var feed = "/feeds/search?q=" + Uri.EscapeDataString(Query);

        var refused = await stranger.GetAsync(feed);
        var page = await stranger.GetAsync("/papers");
        var reader = await Archivists.SignInAsync(host, "rita");
        var answered = await reader.GetAsync(feed);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Null(refused.Headers.Location);
        Assert.Equal("Cookie", Assert.Single(refused.Headers.WwwAuthenticate).Scheme);
        Assert.Contains("form=\"/signin\"", refused.Headers.WwwAuthenticate.ToString());
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("auth.sign_in_needed", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/signin?returnUrl=%2Fpapers", page.Headers.Location!.OriginalString);
        Assert.False(page.Headers.WwwAuthenticate.Any());
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("application/atom+xml", answered.Content.Headers.ContentType?.MediaType);
        Assert.Contains(Query, await answered.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task With_reading_open_every_read_answers_a_stranger()
    {
        await host.StartAsync(Archivists.Settings(host));
        var (programs, pages) = await ReadsAsync(host.CreateClient());
        var stranger = host.CreateClient();

        foreach (var url in programs.Concat(pages))
        {
            var answered = await stranger.GetAsync(url);
            Assert.True(answered.StatusCode == HttpStatusCode.OK, $"{url} answered {answered.StatusCode} to a stranger");
        }

        await AssertOpenToStrangersAsync(stranger);
    }

    /// <summary>
    /// Representative reads, for the sample page and one of its articles: those programs make (the API, a feed), which
    /// cannot follow a sign-in form, and the site's pages.
    /// </summary>
    private async Task<(string[] Programs, string[] Pages)> ReadsAsync(HttpClient client)
    {
        var found = await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(Query));
        var id = found.GetProperty("hits")[0].GetProperty("id").GetString()!;
        var key = id[..id.LastIndexOf('-')];
        var q = Uri.EscapeDataString(Query);
        string[] programs =
        [
            $"/api/search?q={q}", $"/api/articles/{id}", "/api/stats", "/api/papers", $"/api/trends?q={q}",
            $"/api/pages/{key}/corrections", $"/api/search/export?q={q}", $"/feeds/search?q={q}", "/feeds/search",
        ];
        string[] pages = ["/", "/index.html", $"/articles/{id}", $"/pages/{key}", "/papers", "/trends", "/coverage", "/syntax"];
        return (programs, pages);
    }

    /// <summary>What a stranger needs to sign in, and what a load balancer asks, answers without a session.</summary>
    private static async Task AssertOpenToStrangersAsync(HttpClient stranger)
    {
        foreach (var url in new[] { "/signin", "/app.css", "/account.js", "/health/live", "/health/ready", "/api/account" })
        {
            var answered = await stranger.GetAsync(url);
            Assert.True(answered.StatusCode == HttpStatusCode.OK, $"{url} answered {answered.StatusCode} to a stranger");
        }
    }
}
