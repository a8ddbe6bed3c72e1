using ArchiveSearch.Index.Health;
using ArchiveSearch.Index.Ingest;
using Microsoft.Extensions.DependencyInjection;

namespace ArchiveSearch.Server.Tests;

/// <summary>
/// Removals are weighed together, however the file events batch them, and moved pages are moves, not removals:
/// renaming a folder or many page files keeps each page once, under its new path, with its ids.
/// </summary>
public sealed class DeletionsAndMovesTests : IAsyncLifetime
{
    private readonly ArchiveHost host = ArchiveHost.InTempFolder();

    // File events only: a rescan must not be what makes these tests pass.
    private static readonly Dictionary<string, string?> EventsOnly = new() { ["Archive:RescanSeconds"] = "3600" };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    private OperatorWarnings Warnings => host.Services.GetRequiredService<OperatorWarnings>();

    private async Task<int> PagesAsync() => (await host.GetJsonAsync("/api/stats")).GetProperty("pages").GetInt32();

    private async Task<int> ArticlesAsync() => (await host.GetJsonAsync("/api/stats")).GetProperty("articles").GetInt32();

    /// <summary>Writes a page no other has and waits until it is found: every file event before it has been handled.</summary>
    private async Task WaitForEventsHandledAsync(int n)
    {
        host.WritePage($"probe/p{n}.txt", GeneratedPages.Page(n));
        await ArchiveHost.WaitUntilAsync(async () => await host.TotalAsync(GeneratedPages.Marker(n)) == 1, "a probe page to be indexed");
    }

    [Fact]
    public async Task Removals_in_small_batches_are_held_once_together_they_pass_the_allowed_share()
    {
        for (var n = 0; n < 30; n++)
            host.WritePage($"p{n}.txt", GeneratedPages.Page(n));
        await host.StartAsync(EventsOnly);

        // Three batches of three: each 10 % of the pages, together 30 %, above the 20 % allowed.
        for (var batch = 0; batch < 3; batch++)
        {
            for (var n = batch * 3; n < batch * 3 + 3; n++)
                File.Delete(Path.Combine(host.Inbox, $"p{n}.txt"));
            await WaitForEventsHandledAsync(100 + batch);
        }

        Assert.True(Warnings.IsRaised(DeletionGuard.HeldKey), "the held-deletions warning");
        // The first two batches (20 %) went; the third is held and still searchable.
        Assert.Equal(30 - 6 + 3, await PagesAsync());
        Assert.Equal(1, await host.TotalAsync(GeneratedPages.Marker(8)));
        Assert.DoesNotContain((await host.SearchAsync(GeneratedPages.Marker(0))).GetProperty("hits").EnumerateArray(), hit => hit.GetProperty("pageId").GetString() == "p0");
    }

    [Fact]
    public async Task After_a_held_removal_a_single_further_removal_is_held_too_and_keeps_the_warning()
    {
        for (var n = 0; n < 10; n++)
            host.WritePage($"p{n}.txt", GeneratedPages.Page(n));
        await host.StartAsync(EventsOnly);

        for (var n = 0; n < 5; n++)
            File.Delete(Path.Combine(host.Inbox, $"p{n}.txt"));
        await ArchiveHost.WaitUntilAsync(() => Task.FromResult(Warnings.IsRaised(DeletionGuard.HeldKey)), "the held-deletions warning");

        File.Delete(Path.Combine(host.Inbox, "p9.txt"));
        await WaitForEventsHandledAsync(100);

        Assert.True(Warnings.IsRaised(DeletionGuard.HeldKey), "the held-deletions warning after one more removal");
        Assert.Equal(11, await PagesAsync());
        Assert.Equal(1, await host.TotalAsync(GeneratedPages.Marker(9)));
    }

    [Fact]
    public async Task Renaming_a_folder_moves_its_pages_once_each_with_the_same_article_ids()
    {
        for (var n = 0; n < 10; n++)
            host.WritePage($"a/p{n}.txt", GeneratedPages.Page(n));
        for (var n = 10; n < 13; n++)
            host.WritePage($"b/p{n}.txt", GeneratedPages.Page(n));
        await host.StartAsync(EventsOnly);
        var articles = await ArticlesAsync();
        var idBefore = (await host.SearchAsync(GeneratedPages.Marker(4))).GetProperty("hits")[0].GetProperty("id").GetString();

        Directory.Move(Path.Combine(host.Inbox, "a"), Path.Combine(host.Inbox, "a-2023"));

        await ArchiveHost.WaitUntilAsync(async () =>
            (await host.SearchAsync(GeneratedPages.Marker(4))).GetProperty("hits").EnumerateArray()
                .Any(hit => hit.GetProperty("pageId").GetString() == "a-2023/p4"), "the moved page under its new path");
        // Settled: for a while no page is there twice and nothing is held.
        for (var look = 0; look < 8; look++)
        {
            Assert.Equal(articles, await ArticlesAsync());
            await Task.Delay(150);
        }

        Assert.False(Warnings.IsRaised(DeletionGuard.HeldKey), "no removal held for a move");
        Assert.Equal(13, await PagesAsync());
        for (var n = 0; n < 10; n++)
        {
            var hits = (await host.SearchAsync(GeneratedPages.Marker(n))).GetProperty("hits");
            Assert.Equal($"a-2023/p{n}", Assert.Single(hits.EnumerateArray()).GetProperty("pageId").GetString());
        }

        Assert.Equal(idBefore, (await host.SearchAsync(GeneratedPages.Marker(4))).GetProperty("hits")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Renaming_many_page_files_at_once_moves_them_instead_of_holding_their_removal()
    {
        for (var n = 0; n < 10; n++)
            host.WritePage($"p{n}.txt", GeneratedPages.Page(n));
        await host.StartAsync(EventsOnly);
        var articles = await ArticlesAsync();

        for (var n = 0; n < 6; n++)
            File.Move(Path.Combine(host.Inbox, $"p{n}.txt"), Path.Combine(host.Inbox, $"2023-p{n}.txt"));

        await ArchiveHost.WaitUntilAsync(async () =>
        {
            var hits = (await host.SearchAsync(GeneratedPages.Marker(5))).GetProperty("hits");
            return hits.GetArrayLength() == 1 && hits[0].GetProperty("pageId").GetString() == "2023-p5";
        }, "the renamed pages under their new names, once");
        await WaitForEventsHandledAsync(100);

        Assert.False(Warnings.IsRaised(DeletionGuard.HeldKey), "no removal held for a rename");
        Assert.Equal(articles + 2, await ArticlesAsync());
        for (var n = 0; n < 6; n++)
            Assert.Equal(1, await host.TotalAsync(GeneratedPages.Marker(n)));
    }
}
