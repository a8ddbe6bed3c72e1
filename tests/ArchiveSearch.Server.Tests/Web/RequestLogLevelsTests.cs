using ArchiveSearch.Server.Web;
using Microsoft.AspNetCore.Http;
using Serilog.Events;

namespace ArchiveSearch.Server.Tests.Web;

public sealed class RequestLogLevelsTests
{
    private static HttpContext Answered(string path, int status)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Response.StatusCode = status;
        return context;
    }

    [Fact]
    public void A_readiness_probe_answered_503_is_debug() =>
        Assert.Equal(LogEventLevel.Debug, RequestLogLevels.For(Answered("/health/ready", 503), 1, null));

    [Fact]
    public void Any_other_server_error_is_an_error() =>
        Assert.Equal(LogEventLevel.Error, RequestLogLevels.For(Answered("/api/search", 500), 1, null));

    [Fact]
    public void A_failure_while_answering_a_probe_is_still_an_error() =>
        Assert.Equal(LogEventLevel.Error, RequestLogLevels.For(Answered("/health/live", 500), 1, new InvalidOperationException()));

    [Fact]
    public void A_request_the_framework_could_not_bind_is_information() =>
        Assert.Equal(LogEventLevel.Information, RequestLogLevels.For(Answered("/api/search", 200), 1, new BadHttpRequestException("bad page")));

    [Fact]
    public void A_client_error_is_information() =>
        Assert.Equal(LogEventLevel.Information, RequestLogLevels.For(Answered("/api/search", 400), 1, null));
}
