using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ArchiveSearch.Index.Composition;
using ArchiveSearch.Testing;

namespace ArchiveSearch.Server.Tests;

/// <summary>
/// Damage done to the index under a running service (a file truncated by a failing disk or a careless hand): the
/// process survives, searches that meet the damage answer with a problem that says so, and readiness turns
/// Unhealthy with a sentence, instead of a crash or silent 500s while Healthy.
/// </summary>
public sealed class RunningIndexDamageTests : IDisposable
{
    private const int PageCount = 60;

    private readonly string root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "archivesearch-running-damage-tests", Guid.NewGuid().ToString("n"))).FullName;
    private readonly List<CodedPages.Page> pages;

    public RunningIndexDamageTests()
    {
        pages = CodedPages.Write(Inbox, PageCount);
        using var workspace = new ArchiveWorkspace(IndexPath);
        workspace.Ingest(Inbox);
    }

    private string Inbox => Path.Combine(root, "inbox");
    private string IndexPath => Path.Combine(root, "index");

    [Fact]
    public async Task A_compound_file_truncated_under_a_running_service_is_reported_as_damage_and_does_not_kill_the_process()
    {
        await using var service = ServiceProcess.Start(root, Inbox, IndexPath, "--Archive:RescanSeconds=3600");
        await service.WaitUntilReadyAsync();
        Assert.Equal(1, (await service.SearchAsync(pages[0].Code)).GetProperty("total").GetInt32());

        var compound = new DirectoryInfo(IndexPath).GetFiles("_*.cfs").OrderByDescending(f => f.Length).First().FullName;
        using (var stream = new FileStream(compound, FileMode.Open))
            stream.SetLength(stream.Length / 3);

        var codes = new List<HttpStatusCode>();
        var unavailable = new List<string?>();
        foreach (var page in pages)
        {
            using var response = await service.Client.GetAsync($"/api/search?q={Uri.EscapeDataString(page.Code)}");
            codes.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                unavailable.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
            Assert.False(service.HasExited, $"the service died: {string.Join('\n', service.Output.TakeLast(20))}");
        }

        Assert.DoesNotContain(HttpStatusCode.InternalServerError, codes);
        Assert.Contains(HttpStatusCode.ServiceUnavailable, codes);
        Assert.All(unavailable, code => Assert.Equal("index.unavailable", code));
        var (code, readiness) = await service.ReadinessAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, code);
        Assert.Contains(readiness.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.StartsWith("The index is damaged", StringComparison.Ordinal));
        var stats = await service.GetJsonAsync("/api/stats");
        Assert.Contains(stats.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.StartsWith("The index is damaged", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_export_that_meets_a_damaged_segment_makes_the_service_unready()
    {
        await using var service = ServiceProcess.Start(root, Inbox, IndexPath, "--Archive:RescanSeconds=3600");
        await service.WaitUntilReadyAsync();

        var compound = new DirectoryInfo(IndexPath).GetFiles("_*.cfs").OrderByDescending(f => f.Length).First().FullName;
        using (var stream = new FileStream(compound, FileMode.Open))
            stream.SetLength(stream.Length / 3);

        try
        {
            using var response = await service.Client.GetAsync($"/api/search/export?q={Uri.EscapeDataString(CodedPages.SharedPhrase)}&format=jsonl");
            await response.Content.ReadAsStringAsync();
        }
        catch (HttpRequestException)
        {
            // A stream cut mid-way is what an export that meets damage after its first rows looks like.
        }

        Assert.False(service.HasExited, "the service died");
        var (code, readiness) = await service.ReadinessAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, code);
        Assert.Contains(readiness.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.StartsWith("The index is damaged", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
