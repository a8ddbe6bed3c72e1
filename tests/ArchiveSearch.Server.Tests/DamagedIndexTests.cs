using System.Net;
using System.Security.Cryptography;
using ArchiveSearch.Index.Composition;
using ArchiveSearch.Testing;

namespace ArchiveSearch.Server.Tests;

/// <summary>
/// A damaged index on disk is never served: the real service, started over it, rebuilds it from the inbox (every
/// page found again, a warning shown) or, when told to refuse, stops with one line. Never a stack trace.
/// </summary>
public sealed class DamagedIndexTests : IDisposable
{
    private const int PageCount = 60;

    private readonly string root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "archivesearch-damage-tests", Guid.NewGuid().ToString("n"))).FullName;
    private readonly List<CodedPages.Page> pages;

    public DamagedIndexTests()
    {
        pages = CodedPages.Write(Inbox, PageCount);
        using var workspace = new ArchiveWorkspace(IndexPath);
        workspace.Ingest(Inbox);
    }

    private string Inbox => Path.Combine(root, "inbox");
    private string IndexPath => Path.Combine(root, "index");

    public static TheoryData<string> Damages => new(IndexDamage.Kinds);

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task A_damaged_index_is_rebuilt_from_the_inbox_with_every_page_found_and_a_warning_until_the_damaged_copy_is_deleted(string damage)
    {
        IndexDamage.Apply(damage, IndexPath);

        await using var service = ServiceProcess.Start(root, Inbox, IndexPath, "--Archive:RescanSeconds=1");
        await service.WaitUntilReadyAsync();

        var (code, readiness) = await service.ReadinessAsync();
        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal("Degraded", readiness.GetProperty("status").GetString());
        Assert.Contains(readiness.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.StartsWith("The index was damaged", StringComparison.Ordinal));
        var stats = await service.GetJsonAsync("/api/stats");
        Assert.Contains(stats.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("was rebuilt from the inbox", StringComparison.Ordinal));
        Assert.Equal(PageCount, stats.GetProperty("pages").GetInt32());
        await AssertEveryPageFoundExactlyOnceAsync(service);
        var damagedCopy = Assert.Single(Directory.GetDirectories(root, "index.damaged-*"));
        Assert.DoesNotContain(service.Output, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));

        Directory.Delete(damagedCopy, recursive: true);
        await ArchiveHost.WaitUntilAsync(async () => (await service.ReadinessAsync()).Body.GetProperty("status").GetString() == "Healthy",
            "the warning to clear once the damaged copy is deleted");
    }

    [Fact]
    public async Task A_sound_index_is_opened_as_it_is_without_a_warning_or_a_rebuild()
    {
        await using var service = ServiceProcess.Start(root, Inbox, IndexPath, "--Archive:CheckIndexOnStart=full");
        await service.WaitUntilReadyAsync();

        var (_, readiness) = await service.ReadinessAsync();
        Assert.Equal("Healthy", readiness.GetProperty("status").GetString());
        var stats = await service.GetJsonAsync("/api/stats");
        Assert.Empty(stats.GetProperty("warnings").EnumerateArray());
        Assert.Equal(0, stats.GetProperty("ingestedSinceStart").GetInt32());
        Assert.Empty(Directory.GetDirectories(root, "index.damaged-*"));
        await AssertEveryPageFoundExactlyOnceAsync(service);
    }

    [Theory]
    [InlineData("flipped bytes in the compound file")]
    [InlineData("missing segments_N")]
    [InlineData("missing every commit file")]
    public async Task Told_to_refuse_a_damaged_index_the_service_stops_with_one_line_and_leaves_the_index_untouched(string damage)
    {
        IndexDamage.Apply(damage, IndexPath);
        var before = FolderDigest(IndexPath);

        await using var service = ServiceProcess.Start(root, Inbox, IndexPath, "--Archive:OnDamagedIndex=refuse");
        var exitCode = await service.WaitForExitAsync();

        Assert.Equal(1, exitCode);
        var reason = Assert.Single(service.Output, line => line.Contains("ArchiveSearch cannot start:", StringComparison.Ordinal));
        Assert.Contains("is damaged", reason);
        Assert.Contains("Archive:OnDamagedIndex", reason);
        Assert.DoesNotContain(service.Output, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        Assert.Equal(before, FolderDigest(IndexPath));
        Assert.Empty(Directory.GetDirectories(root, "index.damaged-*"));
    }

    private async Task AssertEveryPageFoundExactlyOnceAsync(ServiceProcess service)
    {
        foreach (var page in pages)
        {
            var result = await service.SearchAsync(page.Code);
            Assert.Equal(1, result.GetProperty("total").GetInt32());
            Assert.Equal(Path.ChangeExtension(page.RelativePath, null), result.GetProperty("hits")[0].GetProperty("pageId").GetString());
        }
    }

    private static string FolderDigest(string folder) => string.Join(";", Directory.GetFiles(folder).Order(StringComparer.Ordinal)
        .Select(file => Path.GetFileName(file) + "=" + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)))));

    public void Dispose() => Directory.Delete(root, recursive: true);
}
