using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using ArchiveSearch.Testing;

namespace ArchiveSearch.Server.Tests;

/// <summary>
/// Inbox entries that could stall, fool or stop the indexing: named pipes and links where pages and sidecars should
/// be, sidecars that are not UTF-8, too long or too large, names that are not UTF-8, hidden files. Each is
/// quarantined or rejected with its reason and listed in the stats; every other page is indexed; readiness stays up
/// and the service stops promptly. The real service (as a process where it must be stopped with SIGTERM), real
/// FIFOs, links and files on disk.
/// </summary>
public sealed class HostileInboxEntriesTests : IAsyncLifetime
{
    private const string PathPattern = "{paper}/{yyyy}/{MM}/{dd}/{page}.txt";

    private static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;

    private readonly ArchiveHost host = ArchiveHost.InTempFolder();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Named_pipes_as_a_page_and_as_a_sidecar_are_refused_while_every_other_page_is_indexed_and_SIGTERM_stops_the_service_promptly()
    {
        NamedPipes.Make(Path.Combine(host.Inbox, "pipe.txt"));
        host.WritePage("bridge.txt", TestPages.Bridge);
        NamedPipes.Make(Path.Combine(host.Inbox, "bridge.json"));
        host.WritePage("orchard.txt", TestPages.Orchard);

        await using var service = ServiceProcess.Start(host.Root, host.Inbox, host.IndexPath);
        await service.WaitUntilReadyAsync();

        Assert.Equal(1, (await service.SearchAsync("松花江")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await service.SearchAsync("白杨沟村")).GetProperty("total").GetInt32());
        var stats = await service.GetJsonAsync("/api/stats");
        var quarantined = Assert.Single(stats.GetProperty("quarantined").EnumerateArray());
        Assert.Equal("pipe.txt", quarantined.GetProperty("path").GetString());
        Assert.Contains("named pipe (FIFO)", quarantined.GetProperty("reason").GetString());
        var rejected = Assert.Single(stats.GetProperty("rejectedSidecars").EnumerateArray());
        Assert.Equal("bridge.json", rejected.GetProperty("path").GetString());
        Assert.Contains("named pipe (FIFO)", rejected.GetProperty("reason").GetString());
        Assert.Equal(0, stats.GetProperty("pendingFiles").GetInt32());

        // A page added later is still indexed: nothing is stuck behind the pipes.
        File.WriteAllText(Path.Combine(host.Inbox, "library.txt"), TestPages.Library);
        await ArchiveHost.WaitUntilAsync(async () => (await service.SearchAsync("图书馆")).GetProperty("total").GetInt32() == 1, "a later page");

        var clock = Stopwatch.StartNew();
        await service.StopAsync();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"SIGTERM took {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(0, service.ExitCode);
    }

    [Fact]
    public async Task Sidecars_linked_to_dev_zero_or_to_a_json_file_outside_the_inbox_are_rejected_and_never_read()
    {
        var outside = Path.Combine(host.Root, "elsewhere.json");
        File.WriteAllText(outside, """{"paper":"外部日报","date":"2020-01-01","page":"9"}""");
        host.WritePage("qingshi/2023/05/12/p01.txt", TestPages.Library);
        File.CreateSymbolicLink(Path.Combine(host.Inbox, "qingshi/2023/05/12/p01.json"), outside);
        host.WritePage("qingshi/2023/05/12/p02.txt", TestPages.Bridge);
        File.CreateSymbolicLink(Path.Combine(host.Inbox, "qingshi/2023/05/12/p02.json"), "/dev/zero");

        await using var service = ServiceProcess.Start(host.Root, host.Inbox, host.IndexPath, $"--Archive:PathPattern={PathPattern}");
        await service.WaitUntilReadyAsync();

        var library = (await service.SearchAsync("夜间开放")).GetProperty("hits")[0];
        Assert.Equal("qingshi", library.GetProperty("paper").GetString());
        Assert.Equal("2023-05-12", library.GetProperty("date").GetString());
        Assert.Equal(1, (await service.SearchAsync("松花江")).GetProperty("total").GetInt32());
        var rejected = (await service.GetJsonAsync("/api/stats")).GetProperty("rejectedSidecars").EnumerateArray()
            .ToDictionary(r => r.GetProperty("path").GetString()!, r => r.GetProperty("reason").GetString()!);
        Assert.Equal(["qingshi/2023/05/12/p01.json", "qingshi/2023/05/12/p02.json"], rejected.Keys.Order(StringComparer.Ordinal));
        Assert.All(rejected.Values, reason => Assert.Contains("symbolic link", reason));
    }

    [Fact]
    public async Task Sidecars_with_gbk_bytes_an_11000_character_paper_name_or_400_MB_are_rejected_with_reasons_while_their_pages_are_indexed_by_path()
    {
        var day = "qingshi/2023/05/12/";
        host.WritePage(day + "p01.txt", TestPages.Library);
        host.WriteBytes(day + "p01.json", [.. "{\"paper\":\""u8.ToArray(), .. Gbk.GetBytes("青石日报"), .. "\"}"u8.ToArray()]);
        host.WritePage(day + "p02.txt", TestPages.Bridge);
        File.WriteAllText(Path.Combine(host.Inbox, day + "p02.json"), $$"""{"paper":"{{new string('报', 11_000)}}"}""");
        host.WritePage(day + "p03.txt", TestPages.Orchard);
        using (var huge = new FileStream(Path.Combine(host.Inbox, day + "p03.json"), FileMode.Create))
            huge.SetLength(400L * 1024 * 1024); // sparse: no blocks written
        host.WritePage(day + "p04.txt", TestPages.Notice(4));
        File.WriteAllText(Path.Combine(host.Inbox, day + "p04.json"), """{"paper":"青石日报","date":"2023-05-12","page":"4"}""", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        await host.StartAsync(new Dictionary<string, string?> { ["Archive:PathPattern"] = PathPattern });

        foreach (var query in new[] { "夜间开放", "松花江", "白杨沟村" })
        {
            var hit = (await host.SearchAsync(query)).GetProperty("hits")[0];
            Assert.Equal("qingshi", hit.GetProperty("paper").GetString());
            Assert.Equal("2023-05-12", hit.GetProperty("date").GetString());
        }

        var stats = await host.GetJsonAsync("/api/stats");
        var rejected = stats.GetProperty("rejectedSidecars").EnumerateArray()
            .ToDictionary(r => r.GetProperty("path").GetString()!, r => r.GetProperty("reason").GetString()!);
        Assert.Equal(3, rejected.Count);
        Assert.Contains("not UTF-8 text", rejected[day + "p01.json"]);
        Assert.Contains("paper is 11,000 characters long, over the limit of 200", rejected[day + "p02.json"]);
        Assert.Contains("419,430,400 bytes, over the sidecar size limit of 65,536 bytes (Archive:MaxSidecarBytes)", rejected[day + "p03.json"]);
        Assert.Empty(stats.GetProperty("quarantined").EnumerateArray());
        Assert.Contains(Sentences(stats), s => s.StartsWith("3 sidecars were rejected", StringComparison.Ordinal));
        using var readiness = await host.Client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, readiness.StatusCode);
        Assert.Contains("Degraded", await readiness.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_sidecar_size_limit_is_a_setting_and_a_value_out_of_range_stops_start_up_naming_it()
    {
        host.WritePage("p01.txt", TestPages.Library);
        File.WriteAllText(Path.Combine(host.Inbox, "p01.json"), $$"""{"paper":"青石日报","section":"{{new string('版', 150)}}","note":"{{new string('注', 400)}}"}""");

        await host.StartAsync(new Dictionary<string, string?> { ["Archive:MaxSidecarBytes"] = "1024" });

        var rejected = Assert.Single((await host.GetJsonAsync("/api/stats")).GetProperty("rejectedSidecars").EnumerateArray());
        Assert.Contains("over the sidecar size limit of 1,024 bytes (Archive:MaxSidecarBytes)", rejected.GetProperty("reason").GetString());
        await host.StopAsync();

        await using var refused = ServiceProcess.Start(host.Root, host.Inbox, host.IndexPath, "--Archive:MaxSidecarBytes=10");
        Assert.Equal(1, await refused.WaitForExitAsync(60));
        Assert.Contains(refused.Output, line => line.Contains("cannot start", StringComparison.Ordinal) && line.Contains("MaxSidecarBytes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sidecar_with_a_utf8_byte_order_mark_is_used()
    {
        host.WritePage("p01.txt", TestPages.Library);
        File.WriteAllText(Path.Combine(host.Inbox, "p01.json"), """{"paper":"青石日报","date":"2023-05-12"}""", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        await host.StartAsync();

        var hit = (await host.SearchAsync("夜间开放")).GetProperty("hits")[0];
        Assert.Equal("青石日报", hit.GetProperty("paper").GetString());
        Assert.Empty((await host.GetJsonAsync("/api/stats")).GetProperty("rejectedSidecars").EnumerateArray());
    }

    [Fact]
    public async Task A_page_whose_file_name_is_not_utf8_is_quarantined_with_the_reason_counted_and_warned_about()
    {
        host.WritePage("bridge.txt", TestPages.Bridge);
        RawFileNames.Write(host.Inbox, [.. Gbk.GetBytes("版面"), .. ".txt"u8.ToArray()], TestPages.Library);

        await host.StartAsync(new Dictionary<string, string?> { ["Archive:RescanSeconds"] = "1" });

        var stats = await host.GetJsonAsync("/api/stats");
        var quarantined = Assert.Single(stats.GetProperty("quarantined").EnumerateArray());
        Assert.Equal(@"\xB0\xE6\xC3\xE6.txt", quarantined.GetProperty("path").GetString());
        Assert.Contains("not valid UTF-8", quarantined.GetProperty("reason").GetString());
        Assert.Contains(Sentences(stats), s => s.StartsWith("1 page file is quarantined", StringComparison.Ordinal));
        Assert.Equal(1, stats.GetProperty("pages").GetInt32());

        // Renamed in UTF-8, the page is indexed and its quarantine ends.
        Assert.Equal(0, await host.TotalAsync("夜间开放"));
        RenameRaw(Gbk.GetBytes("版面").Concat(".txt"u8.ToArray()).ToArray(), "版面.txt");
        await ArchiveHost.WaitUntilAsync(async () => await host.TotalAsync("夜间开放") == 1, "the renamed page");
        await ArchiveHost.WaitUntilAsync(async () => (await host.GetJsonAsync("/api/stats")).GetProperty("quarantined").GetArrayLength() == 0, "the quarantine to end");
    }

    [Fact]
    public async Task Hidden_files_are_not_indexed_on_their_file_events_as_a_rescan_would_not_index_them()
    {
        await host.StartAsync(new Dictionary<string, string?> { ["Archive:RescanSeconds"] = "3600" });

        host.WritePage(".draft.txt", TestPages.Library);
        host.WritePage(".cache/orchard.txt", TestPages.Orchard);
        host.WritePage("bridge.txt", TestPages.Bridge);

        await ArchiveHost.WaitUntilAsync(async () => await host.TotalAsync("松花江") == 1, "the visible page");
        // The hidden pages' events came with the visible page's, and their settle time has passed twice over.
        await Task.Delay(1000);
        Assert.Equal(0, await host.TotalAsync("夜间开放"));
        Assert.Equal(0, await host.TotalAsync("白杨沟村"));
        Assert.Equal(1, (await host.GetJsonAsync("/api/stats")).GetProperty("pages").GetInt32());
    }

    private void RenameRaw(byte[] from, string to)
    {
        var octal = string.Concat(from.Select(b => "\\" + Convert.ToString(b, 8).PadLeft(3, '0')));
        var start = new ProcessStartInfo("sh") { WorkingDirectory = host.Inbox };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"mv \"$(printf '{octal}')\" \"$1\"");
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add(to);
        using var shell = Process.Start(start)!;
        shell.WaitForExit();
        Assert.Equal(0, shell.ExitCode);
    }

    private static List<string> Sentences(JsonElement body) => body.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
}
