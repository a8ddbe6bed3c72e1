using ArchiveSearch.Index.Health;
using ArchiveSearch.Index.Ingest;
using Microsoft.Extensions.DependencyInjection;

namespace ArchiveSearch.Server.Tests;

/// <summary>
/// An inbox folder moved away and replaced by another under the same path: the service follows the path, not the old
/// folder, so what happens in the old folder never removes a page and new pages in the new folder are found.
/// </summary>
public sealed class ReplacedInboxTests : IAsyncLifetime
{
    private readonly ArchiveHost host = ArchiveHost.InTempFolder();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task An_inbox_moved_away_and_replaced_is_followed_to_the_new_folder_and_deletes_in_the_old_one_remove_nothing()
    {
        for (var n = 0; n < 10; n++)
            host.WritePage($"p{n}.txt", GeneratedPages.Page(n));
        // No rescan during the test: only the watcher can see what happens.
        await host.StartAsync(new Dictionary<string, string?> { ["Archive:RescanSeconds"] = "3600" });
        var warnings = host.Services.GetRequiredService<OperatorWarnings>();

        var old = host.Inbox + ".old";
        Directory.Move(host.Inbox, old);
        Directory.CreateDirectory(host.Inbox);
        await ArchiveHost.WaitUntilAsync(() => Task.FromResult(warnings.IsRaised(DeletionGuard.HeldKey)), "the empty new inbox to hold the removals");

        File.Delete(Path.Combine(old, "p3.txt"));
        host.WritePage("p100.txt", GeneratedPages.Page(100));
        await ArchiveHost.WaitUntilAsync(async () => await host.TotalAsync(GeneratedPages.Marker(100)) == 1, "a page written into the new inbox to be indexed");

        Assert.Equal(1, await host.TotalAsync(GeneratedPages.Marker(3)));
        Assert.Equal(11, (await host.GetJsonAsync("/api/stats")).GetProperty("pages").GetInt32());
        Assert.True(warnings.IsRaised(DeletionGuard.HeldKey), "the removals stay held");
    }
}
