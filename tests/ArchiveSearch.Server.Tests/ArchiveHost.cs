using ArchiveSearch.Testing;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ArchiveSearch.Server.Tests;

/// <summary>
/// The real service, hosted in-process over a temporary inbox and index that outlive the host, so a
/// test can stop it and start it again over the same folders.
/// </summary>
public sealed class ArchiveHost : IAsyncDisposable
{
    private WebApplicationFactory<Program>? factory;

    private ArchiveHost(string root)
    {
        Root = root;
        Inbox = Directory.CreateDirectory(Path.Combine(root, "inbox")).FullName;
        IndexPath = Path.Combine(root, "index");
    }

    public string Root { get; }
    public string Inbox { get; }
    public string IndexPath { get; }
    public HttpClient Client { get; private set; } = null!;

    /// <summary>The running service's services (to read what it raised, e.g. operator warnings).</summary>
    public IServiceProvider Services => factory?.Services ?? throw new InvalidOperationException("The service is not running.");

    public static ArchiveHost InTempFolder() =>
        new(Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "archivesearch-tests", Guid.NewGuid().ToString("n"))).FullName);

    public void WritePage(string relativePath, string text)
    {
        var path = Path.Combine(Inbox, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void WriteBytes(string relativePath, byte[] bytes) => File.WriteAllBytes(Path.Combine(Inbox, relativePath), bytes);

    /// <summary>Address of the real socket when started with Kestrel (for a browser).</summary>
    public Uri? BaseAddress { get; private set; }

    /// <summary>A sink that receives the service's log events (through Serilog's services), or null.</summary>
    public LogLines? Log { get; set; }

    public async Task StartAsync(IDictionary<string, string?>? settings = null, bool kestrel = false)
    {
        var port = kestrel ? LocalPorts.Free() : 0;
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            if (kestrel)
                builder.UseSetting(WebHostDefaults.ServerUrlsKey, $"http://127.0.0.1:{port}");
            builder.UseSetting("Archive:InboxPath", Inbox);
            builder.UseSetting("Archive:IndexPath", IndexPath);
            builder.UseSetting("Archive:SettleMilliseconds", "200");
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
                builder.UseSetting(key, value);
            if (Log is { } log)
                builder.ConfigureServices(services => services.AddSingleton<Serilog.Core.ILogEventSink>(log));
        });
        if (kestrel)
        {
            factory.UseKestrel();
            factory.StartServer();
            BaseAddress = new Uri($"http://127.0.0.1:{port}/");
            Client = new HttpClient { BaseAddress = BaseAddress };
        }
        else
        {
            Client = factory.CreateClient();
        }

        await WaitUntilAsync(async () => (await Client.GetAsync("/health/ready")).IsSuccessStatusCode, "the service to become ready");
    }

    /// <summary>Another client of the running service with its own cookies (another browser, another user).</summary>
    public HttpClient CreateClient() =>
        BaseAddress is { } address
            ? new HttpClient(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address }
            : factory?.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }) ?? throw new InvalidOperationException("The service is not running.");

    public async Task StopAsync()
    {
        if (factory is not null)
            await factory.DisposeAsync();
        factory = null;
    }

    public Task<JsonElement> GetJsonAsync(string url) => Client.GetJsonAsync(url);

    public Task<JsonElement> SearchAsync(string query, string extra = "") => Client.SearchAsync(query, extra);

    public async Task<int> TotalAsync(string query) => (await SearchAsync(query)).GetProperty("total").GetInt32();

    /// <summary>Polls until the condition holds; fails with what was awaited after the timeout.</summary>
    public static async Task<TimeSpan> WaitUntilAsync(Func<Task<bool>> condition, string what, double timeoutSeconds = 15)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < timeoutSeconds)
        {
            if (await condition())
                return clock.Elapsed;
            await Task.Delay(25);
        }

        throw new TimeoutException($"Waited {timeoutSeconds} s for {what}.");
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
