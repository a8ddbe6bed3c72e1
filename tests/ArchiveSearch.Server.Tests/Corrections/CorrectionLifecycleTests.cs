using System.Diagnostics;
using System.Net;
using System.Text.Json;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Composition;
using ArchiveSearch.Testing;

namespace ArchiveSearch.Server.Tests.Corrections;

/// <summary>
/// A correction made on the page view is searchable when its request returns, and lasts: through a restart, a rebuild
/// of a damaged index and an index written by another pipeline version. Undo restores the segmenter's cut; a page whose
/// text changed keeps its correction unapplied and says so.
/// </summary>
public sealed class CorrectionLifecycleTests : IAsyncLifetime
{
    private readonly ArchiveHost host = ArchiveHost.InTempFolder();
    private string key = "";

    public async Task InitializeAsync()
    {
        Archivists.Prepare(host);
        await host.StartAsync(Archivists.Settings(host));
        key = await Archivists.PageKeyAsync(host);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private Task Restart() => host.StopAsync().ContinueWith(_ => host.StartAsync(Archivists.Settings(host))).Unwrap();

    private async Task<HttpResponseMessage> Post(HttpClient client, string path, params (string, string)[] fields) =>
        await client.PostAsync(path, Archivists.Form(await Archivists.TokenAsync(client, $"/pages/{key}"), fields));

    private async Task AssertMergedAsync(string when)
    {
        Assert.True(await Archivists.FirstHitAsync(host, "白杨沟村冷链") == $"{key}-1", $"the merged cut is searched {when}");
        var moved = await host.CreateClient().GetAsync($"/articles/{key}-2");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal($"/articles/{key}-1", moved.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_merge_is_searchable_when_its_request_returns_and_lasts_through_a_restart_a_version_bump_and_a_rebuild_then_undo_restores_the_cut()
    {
        Assert.Equal($"{key}-2", await Archivists.FirstHitAsync(host, "白杨沟村冷链"));
        var alice = await Archivists.SignInAsync(host, "alice");
        var token = await Archivists.TokenAsync(alice, $"/pages/{key}");

        var clock = Stopwatch.StartNew();
        var merged = await alice.PostAsync($"/pages/{key}/corrections", Archivists.Form(token, ("kind", "merge"), ("item", "1"), ("target", "2"), ("why", "冷链一文是图书馆报道的续篇")));
        Assert.Equal(HttpStatusCode.SeeOther, merged.StatusCode);
        Assert.Equal($"{key}-1", await Archivists.FirstHitAsync(host, "白杨沟村冷链"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"searchable after {clock.Elapsed.TotalMilliseconds:F0} ms");
        await AssertMergedAsync("at once");
        var file = await File.ReadAllTextAsync(Path.Combine(Archivists.CorrectionsPath(host), key + ".json"));
        Assert.Contains("\"by\": \"alice\"", file);
        Assert.Contains("冷链一文是图书馆报道的续篇", file);

        await Restart();
        await AssertMergedAsync("after a restart");

        // As an earlier release left the page: another pipeline version, its articles cut otherwise (here none).
        await host.StopAsync();
        using (var workspace = new ArchiveWorkspace(host.IndexPath))
        {
            var record = workspace.Contents.Pages().Single();
            workspace.Writer.ReplacePage(record with { Hash = "0:" + record.Hash[(record.Hash.IndexOf(':') + 1)..], ArticleCount = 0 }, PageMetadata.None, []);
            workspace.Index.Commit();
        }

        await host.StartAsync(Archivists.Settings(host));
        await AssertMergedAsync("after a pipeline version bump");

        await host.StopAsync();
        IndexDamage.Apply(IndexDamage.Kinds[0], host.IndexPath);
        await host.StartAsync(Archivists.Settings(host));
        Assert.Single(Directory.GetDirectories(host.Root, "index.damaged-*"));
        await AssertMergedAsync("after the damaged index was rebuilt");

        alice = await Archivists.SignInAsync(host, "alice");
        var undo = await Post(alice, $"/pages/{key}/corrections/undo");
        Assert.Equal(HttpStatusCode.SeeOther, undo.StatusCode);
        Assert.Equal($"{key}-2", await Archivists.FirstHitAsync(host, "白杨沟村冷链"));
        Assert.Equal(HttpStatusCode.OK, (await host.CreateClient().GetAsync($"/articles/{key}-2")).StatusCode);
        var history = await host.GetJsonAsync($"/api/pages/{key}/corrections");
        var only = history.GetProperty("corrections").EnumerateArray().Single();
        Assert.Equal("alice", only.GetProperty("correction").GetProperty("undone").GetProperty("by").GetString());
    }

    [Fact]
    public async Task A_split_gives_the_new_article_its_own_id_and_setting_the_headline_is_searched_by_title()
    {
        var alice = await Archivists.SignInAsync(host, "alice");
        var page = await alice.GetStringAsync($"/pages/{key}");
        var paragraph = System.Text.RegularExpressions.Regex.Match(page, "form class=\"fix-form split\".*?name=\"item\" value=\"4\"><input type=\"hidden\" name=\"paragraph\" value=\"([0-9a-f]+)\"").Groups[1].Value;
        Assert.NotEmpty(paragraph);

        Assert.Equal(HttpStatusCode.SeeOther, (await Post(alice, $"/pages/{key}/corrections", ("kind", "split"), ("item", "4"), ("paragraph", paragraph))).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await Post(alice, $"/pages/{key}/corrections", ("kind", "set"), ("item", "5"), ("title", "攻坚克难冬季不停工"))).StatusCode);

        var hit = (await host.SearchAsync("title:攻坚克难冬季不停工")).GetProperty("hits")[0];
        Assert.Equal($"{key}-5", hit.GetProperty("id").GetString());
        await Restart();
        Assert.Equal($"{key}-5", await Archivists.FirstHitAsync(host, "title:攻坚克难冬季不停工"));
    }

    [Fact]
    public async Task A_page_whose_text_changed_keeps_its_correction_unapplied_and_says_so_in_stats_and_on_the_page()
    {
        var alice = await Archivists.SignInAsync(host, "alice");
        Assert.Equal(HttpStatusCode.SeeOther, (await Post(alice, $"/pages/{key}/corrections", ("kind", "merge"), ("item", "1"), ("target", "2"))).StatusCode);

        var page = Path.Combine(host.Inbox, Archivists.SamplePage + ".txt");
        await File.WriteAllTextAsync(page, (await File.ReadAllTextAsync(page)).Replace("试行首周", "试行第一周"));
        await ArchiveHost.WaitUntilAsync(async () => await host.TotalAsync("试行第一周") == 1, "the changed page to be indexed");

        Assert.Equal($"{key}-2", await Archivists.FirstHitAsync(host, "白杨沟村冷链"));
        var warnings = (await host.GetJsonAsync("/api/stats")).GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.Contains(warnings, w => w.Contains("not applied", StringComparison.Ordinal) && w.Contains(key, StringComparison.Ordinal));
        var view = await host.CreateClient().GetStringAsync($"/pages/{key}");
        Assert.Contains("未应用", view);
        Assert.Contains("版面文字已改变", view);
        Assert.Single(JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Archivists.CorrectionsPath(host), key + ".json"))).RootElement.GetProperty("corrections").EnumerateArray());
    }
}
