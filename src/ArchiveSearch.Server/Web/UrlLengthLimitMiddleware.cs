using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using ArchiveSearch.Server.Problems;

namespace ArchiveSearch.Server.Web;

/// <summary>Answers a request whose target (path and query, as sent) is longer than the limit with a 414 problem.</summary>
public sealed class UrlLengthLimitMiddleware(RequestDelegate next, IOptions<WebHardeningOptions> options)
{
    private readonly int limit = options.Value.MaxUrlLength;

    public Task InvokeAsync(HttpContext context)
    {
        // The target as sent: the decoded path is shorter than what the client typed and the server read.
        var length = context.Features.Get<IHttpRequestFeature>()?.RawTarget?.Length
                     ?? (context.Request.Path.Value?.Length ?? 0) + (context.Request.QueryString.Value?.Length ?? 0);
        if (length <= limit)
            return next(context);
        return ApiProblems.Of(ProblemCodes.RequestUrlTooLong,
                $"The address is {length} characters long; the service answers addresses of up to {limit}. " +
                "Shorten the query, or send long text in a POST body.",
                ("length", length), ("limit", limit))
            .ExecuteAsync(context);
    }
}
