using ArchiveSearch.Testing;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ArchiveSearch.Server.Tests;

/// <summary>
/// The built service (<c>dotnet ArchiveSearch.Server.dll</c>) run as a real process, as an operator starts it, from
/// a working directory and over folders of the test's choosing; its console lines are kept for checks on what it
/// logged. It can be stopped as a service manager does (SIGTERM, the default on dispose) or killed for real (SIGKILL).
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();

    private ServiceProcess(Process process, Uri address)
    {
        this.process = process;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Client { get; }

    /// <summary>Every line written to standard output and standard error so far.</summary>
    public IReadOnlyList<string> Output => lines.ToArray();

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>Starts the service over an inbox and an index, settling changed files after 50 ms unless a setting says otherwise.</summary>
    public static ServiceProcess Start(string workingDirectory, string inbox, string index, params string[] settings) =>
        StartWithSettings(workingDirectory, [$"--Archive:InboxPath={inbox}", $"--Archive:IndexPath={index}", "--Archive:SettleMilliseconds=50", .. settings]);

    /// <summary>Starts the service with only the given settings (later settings win over earlier ones).</summary>
    public static ServiceProcess StartWithSettings(string workingDirectory, params string[] settings) =>
        StartWith([], workingDirectory, settings);

    /// <summary>
    /// Starts the service as root without the capabilities that let root read and list anything (dropped with
    /// <c>setpriv</c>), so file permissions deny it what they would deny a service account.
    /// </summary>
    public static ServiceProcess StartBoundByFilePermissions(string workingDirectory, string inbox, string index, params string[] settings) =>
        StartWith(["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--inh-caps", "-dac_override,-dac_read_search"],
            workingDirectory, [$"--Archive:InboxPath={inbox}", $"--Archive:IndexPath={index}", "--Archive:SettleMilliseconds=50", .. settings]);

    private static ServiceProcess StartWith(string[] launcher, string workingDirectory, string[] settings)
    {
        var port = LocalPorts.Free();
        var start = new ProcessStartInfo(launcher.Length > 0 ? launcher[0] : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in launcher.Skip(1))
            start.ArgumentList.Add(argument);
        if (launcher.Length > 0)
            start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ArchiveSearch.Server.dll"));
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        foreach (var setting in settings)
            start.ArgumentList.Add(setting);
        var process = new Process { StartInfo = start };
        var service = new ServiceProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) service.lines.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) service.lines.Enqueue(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    /// <summary>Waits until /health/ready answers 200 (Healthy or Degraded); fails with the log if the process ends first.</summary>
    public async Task WaitUntilReadyAsync(double timeoutSeconds = 60) =>
        await ArchiveHost.WaitUntilAsync(async () => (await ReadinessAsync()).Code == HttpStatusCode.OK, "the service process to become ready", timeoutSeconds);

    /// <summary>The readiness answer: its status code and JSON body; ServiceUnavailable while the process is not listening yet.</summary>
    public async Task<(HttpStatusCode Code, JsonElement Body)> ReadinessAsync()
    {
        if (process.HasExited)
            throw new InvalidOperationException($"The service exited with code {process.ExitCode}:\n{string.Join('\n', Output)}");
        try
        {
            using var response = await Client.GetAsync("/health/ready");
            return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
        }
        catch (HttpRequestException)
        {
            return (HttpStatusCode.ServiceUnavailable, default);
        }
    }

    /// <summary>The stats once the service answers; fails if it exits or does not answer in time.</summary>
    public async Task<JsonElement> WaitForStatsAsync(double timeoutSeconds = 60)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < timeoutSeconds)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The service exited with code {process.ExitCode}:\n{string.Join('\n', Output)}");
            if (await TryStatsAsync() is { } stats)
                return stats;
            await Task.Delay(20);
        }

        throw new TimeoutException($"The service did not answer /api/stats within {timeoutSeconds} s.");
    }

    /// <summary>The stats, or null when the service does not answer (not listening yet, or busy past the client's timeout).</summary>
    public async Task<JsonElement?> TryStatsAsync()
    {
        try
        {
            return await Client.GetFromJsonAsync<JsonElement>("/api/stats");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    public Task<JsonElement> GetJsonAsync(string url) => Client.GetJsonAsync(url);

    public Task<JsonElement> SearchAsync(string query) => Client.SearchAsync(query);

    /// <summary>Waits for the process to end by itself (a refused start), killing it after the timeout.</summary>
    public async Task<int> WaitForExitAsync(double timeoutSeconds = 60)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the service did not stop by itself");
        }

        process.WaitForExit(); // drains the redirected output
        return process.ExitCode;
    }

    /// <summary>Stops the service as a service manager does (SIGTERM), so it commits and closes the index.</summary>
    public async Task StopAsync()
    {
        if (process.HasExited)
            return;
        using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await term.WaitForExitAsync();
        await WaitForExitAsync(30);
    }

    /// <summary>SIGKILL: no shutdown hook, no final commit, as an OOM kill or a power cut leaves it.</summary>
    public void Kill()
    {
        if (process.HasExited)
            return;
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (TimeoutException)
        {
        }

        Client.Dispose();
        process.Dispose();
    }
}
