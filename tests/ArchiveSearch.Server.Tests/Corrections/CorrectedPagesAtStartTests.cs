using System.Net;
using ArchiveSearch.Archive.Corrections;
using ArchiveSearch.Index.Store;
using ArchiveSearch.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ArchiveSearch.Server.Tests.Corrections;

/// <summary>
/// A start indexes a corrected page again only when its corrections changed since it was indexed: a restart over
/// unchanged corrections indexes no page, and a corrections file changed while the service was down is applied.
/// </summary>
public sealed class CorrectedPagesAtStartTests : IAsyncLifetime
{
    private const string OtherPage = "nanping-2024-09-12-01";
    private const string StartLine = "corrected page(s) at start";

    private readonly ArchiveHost host = ArchiveHost.InTempFolder();
    private readonly LogLines log = new();

    public async Task InitializeAsync()
    {
        Archivists.Prepare(host);
        foreach (var extension in new[] { ".txt", ".json" })
            File.Copy(Path.Combine(SharedFolder.RepositoryRoot, "samples", OtherPage + extension), Path.Combine(host.Inbox, OtherPage + extension));
        host.Log = log;
        await Start();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private Task Start() => host.StartAsync(Archivists.Settings(host));

    private DateTimeOffset IndexedAt(string page) => host.Services.GetRequiredService<ArchiveIndex>().FindPage(page + ".txt")!.IndexedAt;

    /// <summary>Waits for the start's look at the corrected pages (the n-th such line in the log) and returns it.</summary>
    private async Task<string> StartLookAsync(int n)
    {
        await ArchiveHost.WaitUntilAsync(() => Task.FromResult(log.Containing(StartLine).Count >= n), $"start look {n}");
        return log.Containing(StartLine)[n - 1];
    }

    private async Task<string> MergeFirstTwoAsync(HttpClient alice, string query)
    {
        var id = await Archivists.FirstHitAsync(host, query);
        var key = id[..id.LastIndexOf('-')];
        var made = await alice.PostAsync($"/pages/{key}/corrections",
            Archivists.Form(await Archivists.TokenAsync(alice, $"/pages/{key}"), ("kind", "merge"), ("item", "1"), ("target", "2")));
        Assert.Equal(HttpStatusCode.SeeOther, made.StatusCode);
        return key;
    }

    [Fact]
    public async Task A_restart_indexes_no_page_when_no_corrections_changed_and_indexes_a_page_whose_corrections_changed_while_down()
    {
        var alice = await Archivists.SignInAsync(host, "alice");
        await MergeFirstTwoAsync(alice, "青石县图书馆试行夜间开放");
        var otherKey = await MergeFirstTwoAsync(alice, "智慧农机");
        Assert.Equal(HttpStatusCode.MovedPermanently, (await host.CreateClient().GetAsync($"/articles/{otherKey}-2")).StatusCode);
        var sampleIndexed = IndexedAt(Archivists.SamplePage);
        var otherIndexed = IndexedAt(OtherPage);

        await host.StopAsync();
        await Start();
        Assert.Contains("2 corrected page(s) at start: 0 changed", await StartLookAsync(2));
        Assert.Equal(sampleIndexed, IndexedAt(Archivists.SamplePage));
        Assert.Equal(otherIndexed, IndexedAt(OtherPage));
        Assert.Equal(HttpStatusCode.MovedPermanently, (await host.CreateClient().GetAsync($"/articles/{otherKey}-2")).StatusCode);

        await host.StopAsync();
        // Undone by hand while the service is down (as an import or an edit of the file would change it).
        Assert.NotNull(new CorrectionStore(Archivists.CorrectionsPath(host)).Undo(otherKey, "bob", DateTimeOffset.UtcNow));
        await Start();
        Assert.Contains("2 corrected page(s) at start: 1 changed", await StartLookAsync(3));
        await ArchiveHost.WaitUntilAsync(() => Task.FromResult(IndexedAt(OtherPage) > otherIndexed), "the page whose corrections changed to be indexed again");
        await ArchiveHost.WaitUntilAsync(async () => (await host.CreateClient().GetAsync($"/articles/{otherKey}-2")).StatusCode == HttpStatusCode.OK,
            "the undone merge to give item 2 back");
        Assert.Equal(sampleIndexed, IndexedAt(Archivists.SamplePage));
    }
}
