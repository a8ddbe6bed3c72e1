using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;

namespace ArchiveSearch.Server.Tests;

/// <summary>
/// The built service started as its own process (<c>dotnet ArchiveSearch.Server.dll</c>), as a user starts it, from
/// a working directory of the test's choosing; its console lines are collected. Disposing kills it.
/// </summary>
public sealed class ServerInFolder : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();

    private ServerInFolder(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    /// <summary>Console lines so far (standard output and error).</summary>
    public IReadOnlyList<string> Lines => lines.ToArray();

    public bool HasExited => process.HasExited;

    /// <summary>The server assembly beside the test assembly (the test project references it, so it is built with it).</summary>
    public static string ServerDll => Path.Combine(AppContext.BaseDirectory, "ArchiveSearch.Server.dll");

    public static ServerInFolder Start(string workingDirectory, params string[] settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(ServerDll);
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        foreach (var setting in settings)
            start.ArgumentList.Add(setting);

        var server = new ServerInFolder(new Process { StartInfo = start }, new Uri($"http://127.0.0.1:{port}/"));
        server.process.OutputDataReceived += (_, e) => { if (e.Data is not null) server.lines.Enqueue(e.Data); };
        server.process.ErrorDataReceived += (_, e) => { if (e.Data is not null) server.lines.Enqueue(e.Data); };
        server.process.Start();
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Waits until /health/ready answers 200; fails with the console lines if the process ends first.</summary>
    public async Task WaitUntilReadyAsync(double timeoutSeconds = 60)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < timeoutSeconds)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"the service exited ({process.ExitCode}):\n{string.Join('\n', Lines)}");
            try
            {
                if ((await Client.GetAsync("/health/ready")).IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"the service was not ready after {timeoutSeconds} s:\n{string.Join('\n', Lines)}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
