namespace ArchiveSearch.Server.Tests;

/// <summary>
/// A configuration the service cannot run with stops it at start, with one line that names the setting and
/// what to do, and a failing exit code; what needs no configuration works without it. Run as a real process,
/// as a user starts it.
/// </summary>
public sealed class ConfigurationTests : IDisposable
{
    private readonly string root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "archivesearch-config-tests", Guid.NewGuid().ToString("n"))).FullName;

    [Fact]
    public async Task A_missing_inbox_stops_start_up_with_a_message_naming_the_setting()
    {
        var missing = Path.Combine(root, "no-such-folder");

        var (exitCode, output) = await RunServerAsync($"--Archive:InboxPath={missing}");

        Assert.Equal(1, exitCode);
        var reason = Assert.Single(output, line => line.Contains("cannot start", StringComparison.Ordinal));
        Assert.Contains("Archive:InboxPath", reason);
        Assert.Contains(missing, reason);
    }

    [Theory]
    [InlineData("Archive:CheckIndexOnStart", "quick")]
    [InlineData("Archive:OnDamagedIndex", "7")]
    [InlineData("Archive:RamBufferMegabytes", "4")]
    public async Task A_mode_or_buffer_it_cannot_use_stops_start_up_with_one_line_naming_the_setting(string setting, string value)
    {
        var (exitCode, output) = await RunServerAsync($"--Archive:InboxPath={root}", $"--{setting}={value}");

        Assert.Equal(1, exitCode);
        var reason = Assert.Single(output, line => line.Contains("cannot start", StringComparison.Ordinal));
        Assert.Contains(setting, reason);
    }

    [Theory]
    [InlineData("--Search:Engine=elasticsearch", "Search:ElasticsearchUrl")]
    [InlineData("--Search:Engine=solr", "Search:Engine")]
    public async Task A_search_engine_setting_it_cannot_use_stops_start_up_with_one_line_naming_the_setting(string setting, string named)
    {
        var inbox = Directory.CreateDirectory(Path.Combine(root, "inbox")).FullName;

        var (exitCode, output) = await RunServerAsync($"--Archive:InboxPath={inbox}", setting);

        Assert.Equal(1, exitCode);
        var reason = Assert.Single(output, line => line.Contains("cannot start", StringComparison.Ordinal));
        Assert.Contains(named, reason);
    }

    [Fact]
    public async Task The_dictionaries_need_no_setting_or_file_and_the_start_up_log_names_the_package_they_come_from()
    {
        // The setting older versions read the dictionaries from, naming nothing: it no longer matters.
        await using var server = ServiceProcess.Start(root, Directory.CreateDirectory(Path.Combine(root, "inbox")).FullName, Path.Combine(root, "index"), "--SmartCn:JarPath=/nowhere/smartcn.jar");

        await server.WaitUntilReadyAsync();

        var loaded = Assert.Single(server.Output, line => line.Contains("SmartCN dictionaries from", StringComparison.Ordinal));
        Assert.Contains("Lucene.Net.Analysis.SmartCn 4.8.0", loaded);
        Assert.DoesNotContain(server.Output, line => line.Contains("cannot start", StringComparison.Ordinal));
    }

    /// <summary>Runs the built service with the given settings until it exits; its console lines.</summary>
    private async Task<(int ExitCode, IReadOnlyList<string> Output)> RunServerAsync(params string[] settings)
    {
        await using var server = ServiceProcess.StartWithSettings(root, [$"--Archive:IndexPath={Path.Combine(root, "index")}", .. settings]);
        var exitCode = await server.WaitForExitAsync(60);
        return (exitCode, server.Output);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
