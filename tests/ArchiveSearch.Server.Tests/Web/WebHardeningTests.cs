using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ArchiveSearch.Server.Tests.Web;

/// <summary>
/// The built service as its own process, started from a working directory that is not the application's: what
/// every response carries, and that every client error is a problem detail.
/// </summary>
public sealed class WebHardeningTests : IAsyncLifetime
{
    private readonly string root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "archivesearch-web-tests", Guid.NewGuid().ToString("n"))).FullName;
    private ServiceProcess server = null!;

    public async Task InitializeAsync()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(root, "inbox")).FullName;
        File.WriteAllText(Path.Combine(inbox, "library.txt"), TestPages.Library);
        var elsewhere = Directory.CreateDirectory(Path.Combine(root, "elsewhere")).FullName;
        server = ServiceProcess.Start(elsewhere, inbox, Path.Combine(root, "index"));
        await server.WaitUntilReadyAsync();
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task The_search_page_is_served_from_the_applications_folder_whatever_the_working_directory()
    {
        var page = await server.Client.GetAsync("/");
        var script = await server.Client.GetAsync("/app.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("id=\"search-form\"", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/app.css")]
    [InlineData("/api/search?q=%E5%9B%BE%E4%B9%A6%E9%A6%86")]
    [InlineData("/api/stats")]
    [InlineData("/health/ready")]
    [InlineData("/no-such-page")]
    [InlineData("/api/search?q=x&page=abc")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var response = await server.Client.GetAsync(url);

        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
        var policy = Single(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
    }

    public static TheoryData<string, string, string?, int, string, string> ClientErrors => new()
    {
        // method, url, JSON body (null: none), status, a word the detail must contain, the problem's code
        { "GET", "/api/search?q=x&page=abc", null, 400, "page", "request.unreadable" },
        { "POST", "/api/similar", "{not json", 400, "JSON", "coverage.body_not_json" },
        { "GET", "/no-such-page", null, 404, "/no-such-page", "request.not_found" },
        { "DELETE", "/api/stats", null, 405, "DELETE", "request.method_not_allowed" },
        { "GET", "/api/search?q=" + new string('a', 20_000), null, 414, "16384", "request.url_too_long" },
    };

    [Theory]
    [MemberData(nameof(ClientErrors))]
    public async Task Framework_client_errors_are_problem_details_that_say_what_is_wrong(string method, string url, string? body, int status, string mentioned, string code)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await server.Client.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.Contains(mentioned, problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(code, problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415_problem()
    {
        var response = await server.Client.PostAsync("/api/similar", new StringContent("text", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Client_errors_are_not_logged_as_errors_of_the_service()
    {
        await server.Client.GetAsync("/api/search?q=x&page=abc");
        await server.Client.PostAsync("/api/similar", new StringContent("{not json", Encoding.UTF8, "application/json"));
        await Task.Delay(200); // the log lines of the last request

        Assert.DoesNotContain(server.Output, line => line.Contains(" ERR]", StringComparison.Ordinal));
    }

    private static string Single(HttpResponseMessage response, string header)
    {
        var found = response.Headers.TryGetValues(header, out var values) || response.Content.Headers.TryGetValues(header, out values);
        Assert.True(found, $"{header} is missing");
        return Assert.Single(values!);
    }
}
