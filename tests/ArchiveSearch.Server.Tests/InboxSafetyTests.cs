using ArchiveSearch.Index.Health;
using ArchiveSearch.Index.Ingest;
using Microsoft.Extensions.DependencyInjection;

namespace ArchiveSearch.Server.Tests;

/// <summary>
/// What the service does with an inbox that misbehaves: a folder that turns up empty, links out of it or into
/// itself, pages written slowly, upper-case extensions, folders created while it runs. The real service over a
/// real index on disk.
/// </summary>
public sealed class InboxSafetyTests : IAsyncLifetime
{
    private readonly ArchiveHost host = ArchiveHost.InTempFolder();

    private static readonly Dictionary<string, string?> QuickRescan = new() { ["Archive:RescanSeconds"] = "1" };

    [Fact]
    public async Task An_inbox_replaced_by_an_empty_folder_removes_nothing_and_raises_a_warning()
    {
        host.WritePage("orchard.txt", TestPages.Orchard);
        host.WritePage("bridge.txt", TestPages.Bridge);
        await host.StartAsync(QuickRescan);
        Assert.Equal(1, await host.TotalAsync("白杨沟村"));

        // What an unmounted share looks like: the folder is there, empty.
        Directory.Move(host.Inbox, host.Inbox + ".away");
        Directory.CreateDirectory(host.Inbox);
        var warnings = host.Services.GetRequiredService<OperatorWarnings>();
        await ArchiveHost.WaitUntilAsync(() => Task.FromResult(warnings.IsRaised(DeletionGuard.HeldKey)), "the held-deletions warning");

        Assert.Contains("holds no page files", warnings.Current().Single(w => w.Key == DeletionGuard.HeldKey).Sentence);
        Assert.Equal(2, (await host.GetJsonAsync("/api/stats")).GetProperty("pages").GetInt32());
        Assert.Equal(1, await host.TotalAsync("白杨沟村"));

        // The share comes back: the warning goes, and nothing was lost.
        Directory.Delete(host.Inbox);
        Directory.Move(host.Inbox + ".away", host.Inbox);
        await ArchiveHost.WaitUntilAsync(() => Task.FromResult(!warnings.IsRaised(DeletionGuard.HeldKey)), "the warning to clear");
        Assert.Equal(1, await host.TotalAsync("松花江"));
    }

    [Fact]
    public async Task Removing_more_than_the_allowed_share_of_pages_at_once_is_held()
    {
        for (var n = 0; n < 10; n++)
            host.WritePage($"p{n}.txt", GeneratedPages.Page(n));
        await host.StartAsync(QuickRescan);
        await host.StopAsync();

        // Three of ten (30 %) gone while the service was down; the default limit is 20 %.
        for (var n = 0; n < 3; n++)
            File.Delete(Path.Combine(host.Inbox, $"p{n}.txt"));
        await host.StartAsync(QuickRescan);

        var warning = host.Services.GetRequiredService<OperatorWarnings>().Current().Single(w => w.Key == DeletionGuard.HeldKey);
        Assert.Contains("remove 3 of 10", warning.Sentence);
        Assert.Equal(10, (await host.GetJsonAsync("/api/stats")).GetProperty("pages").GetInt32());
        Assert.Equal(1, await host.TotalAsync(GeneratedPages.Marker(0)));
    }

    [Fact]
    public async Task A_link_to_a_file_outside_the_inbox_is_not_indexed_and_a_folder_loop_is_read_once()
    {
        var outside = Path.Combine(host.Root, "secret.txt");
        File.WriteAllText(outside, TestPages.Library);
        host.WritePage("papers/bridge.txt", TestPages.Bridge);
        File.CreateSymbolicLink(Path.Combine(host.Inbox, "passwd.txt"), outside);
        Directory.CreateSymbolicLink(Path.Combine(host.Inbox, "papers", "loop"), host.Inbox);
        Directory.CreateSymbolicLink(Path.Combine(host.Inbox, "elsewhere"), host.Root);

        await host.StartAsync();

        var stats = await host.GetJsonAsync("/api/stats");
        Assert.Equal(1, stats.GetProperty("pages").GetInt32());
        Assert.Equal(0, await host.TotalAsync("图书馆"));
        Assert.Equal(1, await host.TotalAsync("松花江"));
    }

    [Fact]
    public async Task A_page_written_slowly_is_indexed_once_and_whole()
    {
        // The settle time is eight pauses of the writer: a busy machine stretching one pause does not make the page look finished.
        await host.StartAsync(new Dictionary<string, string?> { ["Archive:SettleMilliseconds"] = "2000" });
        var path = Path.Combine(host.Inbox, "slow.txt");
        var text = TestPages.Library;
        await using (var file = new StreamWriter(path))
        {
            // Written in pieces over about two seconds, each flushed, as a slow copy over a network would.
            foreach (var chunk in text.Chunk(text.Length / 8 + 1))
            {
                await file.WriteAsync(chunk);
                await file.FlushAsync();
                await Task.Delay(250);
            }
        }

        await ArchiveHost.WaitUntilAsync(async () => await host.TotalAsync("古籍修复") == 1, "the whole page to be searchable");
        await Task.Delay(1000);
        var stats = await host.GetJsonAsync("/api/stats");
        Assert.Equal(1, stats.GetProperty("ingestedSinceStart").GetInt32());
        Assert.Equal(1, await host.TotalAsync("图书馆"));
    }

    [Fact]
    public async Task Upper_case_extensions_and_pages_in_a_folder_created_while_running_are_indexed_without_a_rescan()
    {
        await host.StartAsync();

        host.WritePage("LOUD.TXT", TestPages.Bridge);
        // The folder and its page appear together: the page may be written before the folder is watched.
        host.WritePage("2024/03/orchard.txt", TestPages.Orchard);

        await ArchiveHost.WaitUntilAsync(async () => await host.TotalAsync("松花江") == 1, "the .TXT page");
        await ArchiveHost.WaitUntilAsync(async () => await host.TotalAsync("白杨沟村") == 1, "the page in the new folder");
        host.WritePage("2024/03/library.txt", TestPages.Library);
        await ArchiveHost.WaitUntilAsync(async () => await host.TotalAsync("图书馆") == 1, "a later page in the new folder");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();
}
