using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace ArchiveSearch.Server.Tests;

/// <summary>The built service as a separate process, which a test can kill for real (SIGKILL) and start again.</summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process process;

    private ServerProcess(Process process, Uri address)
    {
        this.process = process;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
    }

    public HttpClient Client { get; }

    public static ServerProcess Start(string inbox, string index, params string[] settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(index)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ArchiveSearch.Server.dll"));
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        start.ArgumentList.Add($"--Archive:InboxPath={inbox}");
        start.ArgumentList.Add($"--Archive:IndexPath={index}");
        start.ArgumentList.Add("--Serilog:MinimumLevel:Default=Warning");
        foreach (var setting in settings)
            start.ArgumentList.Add(setting);
        var process = Process.Start(start)!;
        // Drained so a full pipe never blocks the service.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServerProcess(process, new Uri($"http://127.0.0.1:{port}/"));
    }

    /// <summary>The stats once the service answers; fails if it exits or does not answer in time.</summary>
    public async Task<JsonElement> WaitForStatsAsync(double timeoutSeconds = 60)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < timeoutSeconds)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The service exited with code {process.ExitCode}.");
            if (await TryStatsAsync() is { } stats)
                return stats;
            await Task.Delay(20);
        }

        throw new TimeoutException($"The service did not answer /api/stats within {timeoutSeconds} s.");
    }

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

    /// <summary>SIGKILL: no shutdown hook, no final commit, as an OOM kill or a power cut leaves it.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!process.HasExited)
            Kill();
        process.Dispose();
        Client.Dispose();
    }
}
