using System.Diagnostics;
using System.Text.Json;
using ArchiveSearch.Index.Composition;
using Xunit.Abstractions;

namespace ArchiveSearch.Server.Tests;

/// <summary>
/// A first load of thousands of pages, killed with SIGKILL at random moments and started again, as a deploy, an
/// OOM kill or a power cut would do it: the real service process over a real inbox and index on disk.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private const int PageCount = 2000;

    /// <summary>Enough pages that twenty short lives of the service cannot finish them.</summary>
    private const int KilledLoadPageCount = 20000;
    private readonly string root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "archivesearch-crash-tests", Guid.NewGuid().ToString("n"))).FullName;

    private string Inbox => Path.Combine(root, "inbox");

    private string IndexPath => Path.Combine(root, "index");

    private static readonly string[] Settings = ["--Archive:CommitEverySeconds=1", "--Archive:SettleMilliseconds=200", "--Serilog:MinimumLevel:Default=Warning"];

    [Fact]
    public async Task A_first_load_killed_twenty_times_keeps_each_commit_and_ends_with_every_page_exactly_once()
    {
        GeneratedPages.Write(Inbox, KilledLoadPageCount);
        var random = new Random(20);
        var committedAtKill = 0;
        var killsDuringLoad = 0;
        const int kills = 20;
        for (var kill = 1; kill <= kills; kill++)
        {
            // Killed at a random moment soon after it first answers, so that neither a slow start nor a fast load
            // lets the load finish between a restart and the kill.
            await using var server = ServiceProcess.Start(root, Inbox, IndexPath, Settings);
            var first = await server.WaitForStatsAsync();
            var committedAtStart = Committed(first);
            Assert.True(committedAtStart >= committedAtKill,
                $"after kill {kill - 1} the index holds {committedAtStart} committed articles, fewer than the {committedAtKill} committed before it");
            var life = TimeSpan.FromMilliseconds(random.Next(0, 300));
            var clock = Stopwatch.StartNew();
            JsonElement? seen = first;
            while (clock.Elapsed < life)
            {
                seen = await server.TryStatsAsync() ?? seen;
                await Task.Delay(10);
            }

            server.Kill();
            var pagesSeen = seen?.GetProperty("pages").GetInt32() ?? 0;
            if (seen is { } last)
                committedAtKill = Committed(last);
            if (seen is not null && pagesSeen < KilledLoadPageCount)
                killsDuringLoad++;
            output.WriteLine($"kill {kill} {life.TotalMilliseconds} ms after its first answer: {committedAtKill} articles committed, {pagesSeen} pages visible");
        }

        await using (var last = ServiceProcess.Start(root, Inbox, IndexPath, Settings))
        {
            var restarted = await last.WaitForStatsAsync();
            Assert.True(Committed(restarted) >= committedAtKill);
            // What is checked here is what the index holds, not how fast: on a loaded machine the kills may all come before
            // a first commit, leaving this life the whole load to do.
            await last.WaitUntilReadyAsync(600);
            var stats = await last.WaitForStatsAsync();
            Assert.Equal(KilledLoadPageCount, stats.GetProperty("pages").GetInt32());
            Assert.Equal(0, stats.GetProperty("pendingFiles").GetInt32());
            // The index on disk is read below, after the service stops; a stop slower than its grace period under a
            // loaded machine ends in a kill, so wait for the commit that holds every page rather than rely on the last one.
            await ArchiveHost.WaitUntilAsync(async () =>
                (await last.WaitForStatsAsync()).GetProperty("committed").GetProperty("pages").GetInt32() == KilledLoadPageCount, "every page committed", 60);
            foreach (var n in Enumerable.Range(0, 25).Select(_ => random.Next(KilledLoadPageCount)))
            {
                var answer = JsonDocument.Parse(await last.Client.GetStringAsync($"/api/search?q={Uri.EscapeDataString(GeneratedPages.Marker(n))}")).RootElement;
                Assert.Equal(1, answer.GetProperty("total").GetInt32());
            }
        }

        output.WriteLine($"{kills} kills ({killsDuringLoad} during the load) over {KilledLoadPageCount} pages");
        Assert.True(killsDuringLoad >= kills / 2, $"only {killsDuringLoad} of {kills} kills came before the load had finished");
        AssertEveryPageIndexedOnce();
    }

    /// <summary>Read straight from the index on disk: one record per page file, and each page's articles once.</summary>
    private void AssertEveryPageIndexedOnce()
    {
        using var workspace = new ArchiveWorkspace(IndexPath);
        var records = workspace.Contents.Pages();
        var expected = Enumerable.Range(0, KilledLoadPageCount).Select(GeneratedPages.RelativePath).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, records.Select(r => r.Path).Order(StringComparer.Ordinal).ToList());

        var articles = workspace.Contents.AllArticles();
        var perPage = articles.GroupBy(a => a.PageId).ToDictionary(g => g.Key, g => g.Select(a => a.Ordinal).ToList());
        foreach (var record in records)
        {
            var ordinals = perPage[record.PageId];
            Assert.Equal(record.ArticleCount, ordinals.Count);
            Assert.Equal(ordinals.Count, ordinals.Distinct().Count());
        }

        Assert.Equal(records.Sum(r => r.ArticleCount), articles.Count);
    }

    [Fact]
    public async Task The_first_pages_of_a_first_load_are_searchable_while_the_load_goes_on()
    {
        GeneratedPages.Write(Inbox, PageCount);
        var clock = Stopwatch.StartNew();
        await using var server = ServiceProcess.Start(root, Inbox, IndexPath, Settings);
        await server.WaitForStatsAsync();

        JsonElement stats = default;
        await ArchiveHost.WaitUntilAsync(async () =>
        {
            stats = await server.WaitForStatsAsync();
            var hits = JsonDocument.Parse(await server.Client.GetStringAsync($"/api/search?q={Uri.EscapeDataString("本报讯")}")).RootElement;
            return hits.GetProperty("total").GetInt32() > 0;
        }, "a first hit", 60);

        output.WriteLine($"first hit {clock.Elapsed.TotalSeconds:F1} s after the process started; {stats.GetProperty("pages").GetInt32()} of {PageCount} pages in");
        // Hits while pages are still missing from search: they came before the load's end (a fast machine may have
        // read every page by then, so what counts is what searches see).
        Assert.True(stats.GetProperty("pages").GetInt32() < PageCount, "every page was searchable at the first hit; nothing shows that hits come before the load's end");
    }

    /// <summary>The stats once at least <paramref name="pages"/> pages are visible, polled as fast as the service answers.</summary>
    private static async Task<JsonElement?> WaitForVisiblePagesAsync(ServiceProcess server, int pages)
    {
        var clock = Stopwatch.StartNew();
        JsonElement? stats = null;
        while (clock.Elapsed.TotalSeconds < 60)
        {
            stats = await server.TryStatsAsync() ?? stats;
            if (stats is { } answer && answer.GetProperty("pages").GetInt32() >= pages)
                return answer;
            await Task.Delay(10);
        }

        return stats;
    }

    private static int Committed(JsonElement stats) => stats.GetProperty("committed").GetProperty("articles").GetInt32();

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
