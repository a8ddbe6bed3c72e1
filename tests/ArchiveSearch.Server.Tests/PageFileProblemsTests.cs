using System.Net;
using System.Text.Json;

namespace ArchiveSearch.Server.Tests;

/// <summary>
/// Files the service cannot fully use lose nothing more than they must and are said plainly: a malformed sidecar is
/// rejected with its reason while its page is indexed, an over-large page is quarantined with its reason, and both
/// show as warnings in stats and readiness. A file name cannot forge a log line.
/// </summary>
public sealed class PageFileProblemsTests : IAsyncLifetime
{
    private const string PathPattern = "{paper}/{yyyy}/{MM}/{dd}/{page}.txt";

    private readonly ArchiveHost host = ArchiveHost.InTempFolder();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_malformed_sidecar_is_rejected_with_its_reason_and_the_page_keeps_the_metadata_its_path_gives()
    {
        host.WritePage("qingshi/2023/05/12/p01.txt", TestPages.Library);
        File.WriteAllText(Path.Combine(host.Inbox, "qingshi/2023/05/12/p01.json"), """{ "paper": "青石日报", "date": "12 May" """);
        await host.StartAsync(new Dictionary<string, string?> { ["Archive:PathPattern"] = PathPattern });

        var hit = (await host.SearchAsync("夜间开放")).GetProperty("hits")[0];
        Assert.Equal("qingshi", hit.GetProperty("paper").GetString());
        Assert.Equal("2023-05-12", hit.GetProperty("date").GetString());

        var stats = await host.GetJsonAsync("/api/stats");
        var rejected = Assert.Single(stats.GetProperty("rejectedSidecars").EnumerateArray());
        Assert.Equal("qingshi/2023/05/12/p01.json", rejected.GetProperty("path").GetString());
        Assert.Contains("not valid JSON", rejected.GetProperty("reason").GetString());
        Assert.Contains(Sentences(stats), s => s.StartsWith("1 sidecar was rejected", StringComparison.Ordinal));
        var (code, readiness) = await ReadinessAsync();
        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal("Degraded", readiness.GetProperty("status").GetString());
        Assert.Contains(Sentences(readiness), s => s.StartsWith("1 sidecar was rejected", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sidecar_put_right_is_used_and_its_rejection_and_warning_are_cleared()
    {
        host.WritePage("p01.txt", TestPages.Library);
        File.WriteAllText(Path.Combine(host.Inbox, "p01.json"), """{ "paper": "青石日报", "date": "2023-13-45" }""");
        await host.StartAsync();
        var stats = await host.GetJsonAsync("/api/stats");
        Assert.Contains("not yyyy-MM-dd", Assert.Single(stats.GetProperty("rejectedSidecars").EnumerateArray()).GetProperty("reason").GetString());

        File.WriteAllText(Path.Combine(host.Inbox, "p01.json"), """{ "paper": "青石日报", "date": "2023-05-12" }""");
        await ArchiveHost.WaitUntilAsync(async () => (await host.SearchAsync("夜间开放")).GetProperty("hits")[0].GetProperty("paper").GetString() == "青石日报",
            "the corrected sidecar to be used");

        stats = await host.GetJsonAsync("/api/stats");
        Assert.Empty(stats.GetProperty("rejectedSidecars").EnumerateArray());
        Assert.Empty(Sentences(stats));
        Assert.Equal("Healthy", (await ReadinessAsync()).Body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_page_over_the_size_limit_is_quarantined_with_the_reason_while_other_pages_are_indexed()
    {
        host.WritePage("bridge.txt", TestPages.Bridge);
        host.WritePage("huge.txt", string.Concat(Enumerable.Repeat(TestPages.Orchard, 200)));
        await host.StartAsync(new Dictionary<string, string?> { ["Archive:MaxPageBytes"] = "16384" });

        Assert.Equal(1, await host.TotalAsync("松花江"));
        Assert.Equal(0, await host.TotalAsync("白杨沟村"));
        var stats = await host.GetJsonAsync("/api/stats");
        var quarantined = Assert.Single(stats.GetProperty("quarantined").EnumerateArray());
        Assert.Equal("huge.txt", quarantined.GetProperty("path").GetString());
        Assert.Contains("over the page size limit of 16,384 bytes (Archive:MaxPageBytes)", quarantined.GetProperty("reason").GetString());
        Assert.Contains(Sentences(stats), s => s.StartsWith("1 page file is quarantined", StringComparison.Ordinal));
        Assert.Equal("Degraded", (await ReadinessAsync()).Body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_newline_in_a_file_name_is_logged_escaped_and_cannot_forge_a_log_line()
    {
        const string forged = "[12:00:00 ERR] Forged: the index is gone";
        host.WritePage($"bridge\n{forged}.txt", TestPages.Bridge);

        await using var service = ServiceProcess.Start(host.Root, host.Inbox, host.IndexPath);
        await service.WaitUntilReadyAsync();

        Assert.Equal(1, (await service.SearchAsync("松花江")).GetProperty("total").GetInt32());
        Assert.DoesNotContain(service.Output, line => line.StartsWith(forged, StringComparison.Ordinal));
        Assert.Contains(service.Output, line => line.Contains(@"bridge\n" + forged, StringComparison.Ordinal));
    }

    private async Task<(HttpStatusCode Code, JsonElement Body)> ReadinessAsync()
    {
        using var response = await host.Client.GetAsync("/health/ready");
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static List<string> Sentences(JsonElement body) => body.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
}
