using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

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

    public static ArchiveHost InTempFolder() =>
        new(Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "archivesearch-tests", Guid.NewGuid().ToString("n"))).FullName);

    public void WritePage(string relativePath, string text)
    {
        var path = Path.Combine(Inbox, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void WriteBytes(string relativePath, byte[] bytes) => File.WriteAllBytes(Path.Combine(Inbox, relativePath), bytes);

    public async Task StartAsync(IDictionary<string, string?>? settings = null)
    {
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Archive:InboxPath", Inbox);
            builder.UseSetting("Archive:IndexPath", IndexPath);
            builder.UseSetting("Archive:DebounceMilliseconds", "50");
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
                builder.UseSetting(key, value);
        });
        Client = factory.CreateClient();
        await WaitUntilAsync(async () => (await Client.GetAsync("/health/ready")).IsSuccessStatusCode, "the service to become ready");
    }

    public async Task StopAsync()
    {
        if (factory is not null)
            await factory.DisposeAsync();
        factory = null;
    }

    public async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await Client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task<JsonElement> SearchAsync(string query, string extra = "") =>
        GetJsonAsync($"/api/search?q={Uri.EscapeDataString(query)}{extra}");

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
