using Serilog.Events;

namespace ArchiveSearch.Server.Tests.Web;

/// <summary>The service's own log names every request it answered, as an operator reads it beside the audit lines.</summary>
public sealed class RequestLogTests
{
    [Fact]
    public async Task Every_answered_request_is_logged_with_its_method_path_and_status()
    {
        await using var host = ArchiveHost.InTempFolder();
        var log = new LogLines();
        host.Log = log;
        host.WritePage("a.txt", TestPages.Library);
        await host.StartAsync();

        (await host.Client.GetAsync("/api/search?q=%E5%9B%BE%E4%B9%A6%E9%A6%86")).EnsureSuccessStatusCode();
        await host.Client.GetAsync("/api/articles/no-such-article");

        await ArchiveHost.WaitUntilAsync(() => Task.FromResult(log.Containing("GET /api/articles/no-such-article").Count > 0), "the request line of the 404");
        Assert.Contains(log.Events, e => e.Level == LogEventLevel.Information && e.Message.Contains("GET /api/search", StringComparison.Ordinal) && e.Message.Contains("200", StringComparison.Ordinal));
        Assert.Contains(log.Events, e => e.Message.Contains("GET /api/articles/no-such-article", StringComparison.Ordinal) && e.Message.Contains("404", StringComparison.Ordinal));
    }
}
