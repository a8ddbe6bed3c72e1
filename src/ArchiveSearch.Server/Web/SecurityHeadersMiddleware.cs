using Microsoft.Extensions.Options;

namespace ArchiveSearch.Server.Web;

/// <summary>
/// Puts the security headers on every response, whatever answers it (page, API, static file, problem, health):
/// no MIME sniffing, the content security policy, no framing, no referrer.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<WebHardeningOptions> options)
{
    private readonly WebHardeningOptions options = options.Value;

    public Task InvokeAsync(HttpContext context)
    {
        // Set when the response starts, so that headers cleared by an error handler are set again.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(options.ApiDocsPath)
                ? options.ApiDocsContentSecurityPolicy
                : options.ContentSecurityPolicy;
            // frame-ancestors 'none' in the policy, and the older header for browsers that ignore it.
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = options.ReferrerPolicy;
            return Task.CompletedTask;
        });
        return next(context);
    }
}
