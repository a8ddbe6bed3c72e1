using System.Net;

namespace ArchiveSearch.Server.Tests.Web;

/// <summary>Start-up as an operator watches it: a readiness probe polling while the first scan runs.</summary>
public sealed class StartupLoggingTests : IDisposable
{
    private readonly string root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "archivesearch-startup-tests", Guid.NewGuid().ToString("n"))).FullName;

    [Fact]
    public async Task Readiness_polls_answered_503_during_the_first_scan_log_no_error()
    {
        // Enough pages that the first scan outlasts several polls.
        var inbox = Directory.CreateDirectory(Path.Combine(root, "inbox")).FullName;
        for (var i = 0; i < 300; i++)
            File.WriteAllText(Path.Combine(inbox, $"page-{i:D3}.txt"), TestPages.Library.Replace("青石县", $"青石县{i}号"));
        await using var server = ServiceProcess.Start(root, inbox, Path.Combine(root, "index"));

        var unavailable = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            Assert.False(server.HasExited, string.Join('\n', server.Output));
            HttpResponseMessage response;
            try
            {
                response = await server.Client.GetAsync("/health/ready");
            }
            catch (HttpRequestException)
            {
                await Task.Delay(20);
                continue; // not listening yet
            }

            if (response.StatusCode == HttpStatusCode.OK) break;
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            unavailable++;
            await Task.Delay(20);
        }

        Assert.True(unavailable > 0, "no poll came while the first scan ran: the check proved nothing");
        Assert.DoesNotContain(server.Output, line => line.Contains(" ERR]", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
