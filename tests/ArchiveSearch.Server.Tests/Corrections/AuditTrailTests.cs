using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Serilog.Events;

namespace ArchiveSearch.Server.Tests.Corrections;

/// <summary>
/// Every write leaves one audit line in the service's log (read from the log pipeline itself, as an operator's sink
/// would see it) naming the user and role, the action, the page or article, and the outcome; refused writes are logged
/// as refusals with the reason, at warning level.
/// </summary>
public sealed partial class AuditTrailTests : IAsyncLifetime
{
    private readonly ArchiveHost host = ArchiveHost.InTempFolder();
    private readonly LogLines log = new();
    private string key = "";

    public async Task InitializeAsync()
    {
        Archivists.Prepare(host);
        host.Log = log;
        var settings = Archivists.Settings(host);
        settings["Auth:SignInAttemptsPerMinute"] = "100";
        await host.StartAsync(settings);
        key = await Archivists.PageKeyAsync(host);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private IReadOnlyList<(LogEventLevel Level, string Message)> Audit() =>
        log.Events.Where(e => e.Message.StartsWith("Audit: ", StringComparison.Ordinal)).Select(e => (e.Level, e.Message)).ToList();

    private async Task<HttpResponseMessage> Post(HttpClient client, params (string, string)[] fields) =>
        await client.PostAsync($"/pages/{key}/corrections", Archivists.Form(await Archivists.TokenAsync(client, $"/pages/{key}"), fields));

    [GeneratedRegex("form class=\"fix-form split\".*?name=\"item\" value=\"4\"><input type=\"hidden\" name=\"paragraph\" value=\"([0-9a-f]+)\"")]
    private static partial Regex SplitOfItemFour();

    [Fact]
    public async Task Each_correction_kind_and_undo_writes_a_line_naming_the_user_the_action_the_page_and_article_and_done()
    {
        var alice = await Archivists.SignInAsync(host, "alice");
        var paragraph = SplitOfItemFour().Match(await alice.GetStringAsync($"/pages/{key}")).Groups[1].Value;
        Assert.NotEmpty(paragraph);

        Assert.Equal(HttpStatusCode.SeeOther, (await Post(alice, ("kind", "merge"), ("item", "1"), ("target", "2"), ("why", "续篇"))).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await Post(alice, ("kind", "split"), ("item", "4"), ("paragraph", paragraph))).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await Post(alice, ("kind", "set"), ("item", "3"), ("title", "新的标题"))).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await Post(alice, ("kind", "page"), ("page", "2"))).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await alice.PostAsync($"/pages/{key}/corrections/undo",
            Archivists.Form(await Archivists.TokenAsync(alice, $"/pages/{key}")))).StatusCode);

        var lines = Audit().Where(a => a.Level == LogEventLevel.Information).Select(a => a.Message).ToList();
        Assert.Contains(lines, l => l.StartsWith("Audit: alice (archivist) sign-in -: done", StringComparison.Ordinal));
        Assert.Contains($"Audit: alice (archivist) correct merge /pages/{key} article {key}-1: done #1 with article 2: 续篇", lines);
        Assert.Contains($"Audit: alice (archivist) correct split /pages/{key} article {key}-4: done #2", lines);
        Assert.Contains($"Audit: alice (archivist) correct set /pages/{key} article {key}-3: done #3", lines);
        Assert.Contains($"Audit: alice (archivist) correct page /pages/{key}: done #4", lines);
        Assert.Contains($"Audit: alice (archivist) undo /pages/{key}: done #4 page", lines);
        Assert.DoesNotContain(Audit(), a => a.Message.Contains(": refused", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refused_writes_are_logged_as_refusals_with_the_user_the_write_and_the_reason()
    {
        var path = $"/pages/{key}/corrections";
        var anonymous = host.CreateClient();
        var anonymousToken = await Archivists.TokenAsync(anonymous, "/signin");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync(path, Archivists.Form(anonymousToken, ("kind", "merge"), ("item", "1"), ("target", "2")))).StatusCode);
        var rita = await Archivists.SignInAsync(host, "rita");
        // A reader's page view has no correction forms: the sign-in page gives the reader's token.
        Assert.Equal(HttpStatusCode.Forbidden, (await rita.PostAsync(path, Archivists.Form(await Archivists.TokenAsync(rita, "/signin"), ("kind", "merge"), ("item", "1"), ("target", "2")))).StatusCode);
        var alice = await Archivists.SignInAsync(host, "alice");
        Assert.Equal(HttpStatusCode.BadRequest, (await alice.PostAsJsonAsync($"/api{path}", new { kind = "merge", item = 1, target = 2 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(alice, ("kind", "merge"), ("item", "99"), ("target", "2"))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await alice.PostAsync($"{path}/undo", Archivists.Form(await Archivists.TokenAsync(alice, $"/pages/{key}")))).StatusCode);
        var wrong = host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.PostAsync("/signin", Archivists.Form(await Archivists.TokenAsync(wrong, "/signin"), ("name", "alice"), ("password", "guess")))).StatusCode);

        var refusals = Audit().Where(a => a.Message.Contains(": refused", StringComparison.Ordinal)).ToList();
        Assert.All(refusals, r => Assert.Equal(LogEventLevel.Warning, r.Level));
        var lines = refusals.Select(r => r.Message).ToList();
        Assert.Contains($"Audit: anonymous (none) POST {path}: refused not signed in", lines);
        Assert.Contains($"Audit: rita (reader) POST {path}: refused needs the archivist role", lines);
        Assert.Contains($"Audit: alice (archivist) POST /api{path}: refused no valid antiforgery token", lines);
        Assert.Contains($"Audit: alice (archivist) correct merge /pages/{key} article {key}-99: refused 400 The page has no item 99.", lines);
        Assert.Contains($"Audit: alice (archivist) undo /pages/{key}: refused 409 the page has no correction to undo", lines);
        Assert.Contains(lines, l => l.StartsWith("Audit: alice (none) sign-in -: refused from ", StringComparison.Ordinal));
        Assert.Equal(6, refusals.Count);
        Assert.False(Directory.Exists(Archivists.CorrectionsPath(host)) && Directory.GetFiles(Archivists.CorrectionsPath(host)).Length > 0);
    }
}
