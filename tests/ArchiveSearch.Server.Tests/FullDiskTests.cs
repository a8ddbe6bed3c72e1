using System.Net;
using ArchiveSearch.Testing;
using Xunit.Abstractions;

namespace ArchiveSearch.Server.Tests;

/// <summary>
/// The index on a disk that fills up, for real (a small tmpfs): readiness turns Unhealthy with a sentence about the
/// disk, nothing committed is lost, and once space returns indexing resumes by itself until every page is found.
/// </summary>
public sealed class FullDiskTests(ITestOutputHelper output) : IDisposable
{
    private const string FullDiskSentence = "The disk holding the index is full";

    private readonly string root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "archivesearch-disk-tests", Guid.NewGuid().ToString("n"))).FullName;
    private Tmpfs? disk;

    private string Inbox => Path.Combine(root, "inbox");
    private string IndexPath => Path.Combine(disk!.Path, "index");

    [TmpfsFact]
    public async Task A_disk_that_fills_under_a_running_service_makes_it_unhealthy_and_loses_nothing_once_space_returns()
    {
        disk = Tmpfs.Mount(Path.Combine(root, "disk"), kilobytes: 256);
        var pages = CodedPages.Write(Inbox, 20);
        await using var service = ServiceProcess.Start(root, Inbox, IndexPath, "--Archive:RescanSeconds=1");
        await service.WaitUntilReadyAsync();
        Assert.Equal("Healthy", (await service.ReadinessAsync()).Body.GetProperty("status").GetString());

        pages.AddRange(CodedPages.Write(Inbox, 1000, first: 20));
        await ArchiveHost.WaitUntilAsync(async () => await HasFullDiskWarningAsync(service), "readiness to report the full disk", 120);

        var (code, readiness) = await service.ReadinessAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, code);
        Assert.Equal("Unhealthy", readiness.GetProperty("status").GetString());
        Assert.Contains(Sentences(await service.GetJsonAsync("/api/stats")), s => s.StartsWith(FullDiskSentence, StringComparison.Ordinal));
        foreach (var page in pages.Take(20))
            Assert.Equal(1, (await service.SearchAsync(page.Code)).GetProperty("total").GetInt32());

        disk.Resize(kilobytes: 256 * 1024);
        var recovery = await ArchiveHost.WaitUntilAsync(async () => (await service.ReadinessAsync()).Code == HttpStatusCode.OK, "indexing to resume once space returned", 120);
        output.WriteLine($"ready again {recovery.TotalSeconds:F1} s after space returned");

        Assert.Equal("Healthy", (await service.ReadinessAsync()).Body.GetProperty("status").GetString());
        // Healthy again as soon as a write goes through; the pages the failure left behind follow in the next batches.
        await ArchiveHost.WaitUntilAsync(async () => await IndexedPagesAsync(service) == pages.Count, "the pages left behind to be indexed", 120);
        await AssertEveryPageFoundExactlyOnceAsync(service, pages);
        output.WriteLine(string.Join('\n', service.Output.Where(line => line.Contains("Indexing failed", StringComparison.Ordinal)).Take(2)));
    }

    [TmpfsFact]
    public async Task A_first_scan_that_fails_on_a_full_disk_is_never_reported_ready_and_completes_once_space_returns()
    {
        disk = Tmpfs.Mount(Path.Combine(root, "disk"), kilobytes: 128);
        var pages = CodedPages.Write(Inbox, 1000);
        await using var service = ServiceProcess.Start(root, Inbox, IndexPath, "--Archive:RescanSeconds=1");

        await ArchiveHost.WaitUntilAsync(async () => await HasFullDiskWarningAsync(service), "readiness to report the full disk", 120);
        for (var i = 0; i < 8; i++)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await service.ReadinessAsync()).Code);
            await Task.Delay(250);
        }

        disk.Resize(kilobytes: 256 * 1024);
        await service.WaitUntilReadyAsync(120);
        await ArchiveHost.WaitUntilAsync(async () => await IndexedPagesAsync(service) == pages.Count, "the whole first scan to be indexed", 120);

        await AssertEveryPageFoundExactlyOnceAsync(service, pages);
        Assert.Empty(Sentences(await service.GetJsonAsync("/api/stats")));
    }

    [TmpfsFact]
    public async Task Pages_whose_commit_failed_on_a_full_disk_are_counted_pending_while_they_wait_for_the_rescan()
    {
        disk = Tmpfs.Mount(Path.Combine(root, "disk"), kilobytes: 1024);
        CodedPages.Write(Inbox, 5);
        // No rescan during the test: the pages stay left behind as long as the disk is full.
        await using var service = ServiceProcess.Start(root, Inbox, IndexPath, "--Archive:RescanSeconds=3600");
        await service.WaitUntilReadyAsync();
        FillDisk();

        // A few small pages fit in the writer's buffers: it is the commit after the load that meets the full disk.
        // They come as one folder moved in, so that one load takes them all.
        var staging = Path.Combine(root, "staging");
        var staged = CodedPages.Write(staging, 3, first: 100);
        Directory.Move(Path.Combine(staging, "gen001"), Path.Combine(Inbox, "gen001"));
        await ArchiveHost.WaitUntilAsync(async () => await HasFullDiskWarningAsync(service), "readiness to report the full disk", 60);

        Assert.Contains(service.Output, line => line.Contains("Indexing failed during update", StringComparison.Ordinal));
        // On a loaded machine the watcher may hand the pages over in two loads, and a later one may fit in the space a
        // failed commit gave back: whatever the order, every staged page not searchable is pending, and some are.
        await ArchiveHost.WaitUntilAsync(async () => await PendingFilesAsync(service) + await FoundAsync(service, staged) == staged.Count, "every staged page to be searchable or pending", 60);
        await Task.Delay(1000);
        var pending = await PendingFilesAsync(service);
        Assert.InRange(pending, 1, staged.Count);
        Assert.Equal(staged.Count - pending, await FoundAsync(service, staged));
    }

    private static async Task<int> FoundAsync(ServiceProcess service, List<CodedPages.Page> pages)
    {
        var found = 0;
        foreach (var page in pages)
            found += (await service.SearchAsync(page.Code)).GetProperty("total").GetInt32();
        return found;
    }

    private static async Task<int> PendingFilesAsync(ServiceProcess service) =>
        (await service.GetJsonAsync("/api/stats")).GetProperty("pendingFiles").GetInt32();

    [TmpfsFact]
    public async Task A_page_write_that_fails_for_lack_of_space_is_said_as_a_full_disk_and_the_page_stays_pending()
    {
        disk = Tmpfs.Mount(Path.Combine(root, "disk"), kilobytes: 1024);
        CodedPages.Write(Inbox, 5);
        await using var service = ServiceProcess.Start(root, Inbox, IndexPath, "--Archive:RescanSeconds=3600");
        await service.WaitUntilReadyAsync();
        FillDisk();

        // Long pages, enough that the writer must write their stored text while they are added, before any commit.
        var staging = Directory.CreateDirectory(Path.Combine(root, "staging", "long")).FullName;
        const int LongPages = 300;
        for (var n = 0; n < LongPages; n++)
            File.WriteAllText(Path.Combine(staging, $"long{n:D3}.txt"), string.Concat(Enumerable.Range(0, 30).Select(i => CodedPages.Text(100 + n * 30 + i))));
        Directory.Move(staging, Path.Combine(Inbox, "long"));
        await ArchiveHost.WaitUntilAsync(async () => await HasFullDiskWarningAsync(service), "readiness to report the full disk", 60);

        Assert.DoesNotContain(service.Output, line => line.Contains("Cannot read page", StringComparison.Ordinal));
        Assert.True((await service.GetJsonAsync("/api/stats")).GetProperty("pendingFiles").GetInt32() >= LongPages, "every page not committed is pending");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await service.ReadinessAsync()).Code);
    }

    /// <summary>Takes every free byte of the disk holding the index.</summary>
    private void FillDisk()
    {
        using var filler = new FileStream(Path.Combine(disk!.Path, "filler"), FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        var block = new byte[4096];
        try
        {
            while (true)
                filler.Write(block);
        }
        catch (IOException)
        {
        }
    }

    private static async Task<int> IndexedPagesAsync(ServiceProcess service) => (await service.GetJsonAsync("/api/stats")).GetProperty("pages").GetInt32();

    private static async Task<bool> HasFullDiskWarningAsync(ServiceProcess service)
    {
        var (code, body) = await service.ReadinessAsync();
        return code == HttpStatusCode.ServiceUnavailable && body.ValueKind == System.Text.Json.JsonValueKind.Object
            && Sentences(body).Any(s => s.StartsWith(FullDiskSentence, StringComparison.Ordinal));
    }

    /// <summary>Each generated page is one article: the counts say none is missing or doubled, and a sample of codes finds its own page.</summary>
    private static async Task AssertEveryPageFoundExactlyOnceAsync(ServiceProcess service, List<CodedPages.Page> pages)
    {
        var stats = await service.GetJsonAsync("/api/stats");
        Assert.Equal(pages.Count, stats.GetProperty("pages").GetInt32());
        Assert.Equal(pages.Count, stats.GetProperty("articles").GetInt32());
        Assert.Equal(pages.Count, (await service.SearchAsync(CodedPages.SharedPhrase)).GetProperty("total").GetInt32());
        foreach (var page in pages.Where((_, i) => i % 25 == 0 || i == pages.Count - 1))
        {
            var result = await service.SearchAsync(page.Code);
            Assert.Equal(1, result.GetProperty("total").GetInt32());
            Assert.Equal(Path.ChangeExtension(page.RelativePath, null), result.GetProperty("hits")[0].GetProperty("pageId").GetString());
        }
    }

    private static List<string> Sentences(System.Text.Json.JsonElement body) => body.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();

    public void Dispose()
    {
        disk?.Dispose();
        Directory.Delete(root, recursive: true);
    }
}
