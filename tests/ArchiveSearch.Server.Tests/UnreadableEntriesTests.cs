using System.Net;
using System.Text.Json;

namespace ArchiveSearch.Server.Tests;

/// <summary>
/// Pages and folders of the inbox that file permissions keep from the service are listed in stats with the reason
/// and said in readiness (Degraded: what can be read is served), and picked up once they can be read.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class UnreadableEntriesTests : IDisposable
{
    private readonly string root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "archivesearch-permission-tests", Guid.NewGuid().ToString("n"))).FullName;

    private string Inbox => Path.Combine(root, "inbox");

    [RootFact]
    public async Task Pages_and_folders_the_service_may_not_read_are_listed_in_stats_and_readiness_until_they_can_be_read()
    {
        for (var n = 0; n < 3; n++)
            Write($"p{n}.txt", GeneratedPages.Page(n));
        Write("locked/p10.txt", GeneratedPages.Page(10));
        Write("secret.txt", GeneratedPages.Page(11));
        File.SetUnixFileMode(Path.Combine(Inbox, "locked"), UnixFileMode.None);
        File.SetUnixFileMode(Path.Combine(Inbox, "secret.txt"), UnixFileMode.None);

        await using var service = ServiceProcess.StartBoundByFilePermissions(root, Inbox, Path.Combine(root, "index"), "--Archive:RescanSeconds=1");
        await service.WaitUntilReadyAsync();

        var stats = await service.GetJsonAsync("/api/stats");
        var unreadable = stats.GetProperty("unreadable").EnumerateArray().ToDictionary(e => e.GetProperty("path").GetString()!, e => e.GetProperty("reason").GetString()!);
        Assert.Equal(["locked", "secret.txt"], unreadable.Keys.Order(StringComparer.Ordinal));
        Assert.All(unreadable.Values, reason => Assert.Contains("permission denied", reason, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(Sentences(stats), s => s.StartsWith("2 inbox entries cannot be read", StringComparison.Ordinal));
        var (code, readiness) = await service.ReadinessAsync();
        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal("Degraded", readiness.GetProperty("status").GetString());
        Assert.Contains(Sentences(readiness), s => s.StartsWith("2 inbox entries cannot be read", StringComparison.Ordinal));
        Assert.Equal(3, stats.GetProperty("pages").GetInt32());

        File.SetUnixFileMode(Path.Combine(Inbox, "locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.SetUnixFileMode(Path.Combine(Inbox, "secret.txt"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        // A file event may index the pages before the next scan lists the folder as readable again: wait for both.
        await ArchiveHost.WaitUntilAsync(async () =>
        {
            var now = await service.GetJsonAsync("/api/stats");
            return now.GetProperty("pages").GetInt32() == 5 && now.GetProperty("unreadable").GetArrayLength() == 0;
        }, "the entries to be indexed once readable and no longer listed as unreadable");
        var after = await service.GetJsonAsync("/api/stats");
        Assert.Equal(5, after.GetProperty("pages").GetInt32());
        Assert.DoesNotContain(Sentences(after), s => s.Contains("cannot be read", StringComparison.Ordinal));
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(Inbox, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static List<string> Sentences(JsonElement body) => body.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();

    public void Dispose()
    {
        foreach (var entry in new[] { Path.Combine(Inbox, "locked"), Path.Combine(Inbox, "secret.txt") })
        {
            if (Path.Exists(entry))
                File.SetUnixFileMode(entry, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Directory.Delete(root, recursive: true);
    }
}

/// <summary>A fact that needs root on Linux (to take away, with setpriv, the capabilities that let root read anything); skipped, with the reason, elsewhere.</summary>
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root" || !File.Exists("/usr/bin/setpriv"))
            Skip = "Skipped: needs root on Linux and setpriv, to run the service bound by file permissions.";
    }
}
