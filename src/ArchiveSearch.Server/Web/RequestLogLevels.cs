using Serilog;
using Serilog.Events;

namespace ArchiveSearch.Server.Web;

/// <summary>
/// The level each request is logged at. Health probes are polled every few seconds, and a readiness probe answered
/// 503 while the first scan runs is expected, so they are Debug; any other server error is an Error, a client's
/// error is Information.
/// </summary>
public static class RequestLogLevels
{
    public const string HealthPath = "/health";

    /// <summary>
    /// The health check service logs each Unhealthy answer as an Error, i.e. every readiness poll during the first
    /// scan. The answer itself (with its reason) goes to whoever polls, and conditions an operator must act on are
    /// logged where they arise, so its own lines are left out.
    /// </summary>
    public static LoggerConfiguration WithoutHealthCheckLines(this LoggerConfiguration logging) =>
        logging.MinimumLevel.Override("Microsoft.Extensions.Diagnostics.HealthChecks", LogEventLevel.Fatal);

    public static LogEventLevel For(HttpContext context, double elapsedMilliseconds, Exception? error)
    {
        // A request the framework could not bind is the client's error, answered with a 4xx problem.
        if (error is BadHttpRequestException) return LogEventLevel.Information;
        if (error is not null) return LogEventLevel.Error;
        if (context.Request.Path.StartsWithSegments(HealthPath)) return LogEventLevel.Debug;
        return context.Response.StatusCode >= 500 ? LogEventLevel.Error : LogEventLevel.Information;
    }
}
