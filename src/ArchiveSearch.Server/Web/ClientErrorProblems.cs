using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;
using ArchiveSearch.Server.Problems;

namespace ArchiveSearch.Server.Web;

/// <summary>
/// Every error answer is a problem detail (<c>application/problem+json</c>), whoever produced it: a request the
/// framework could not bind (bad JSON, a page that is not a number, a body too large) and a status with no body
/// (unknown path, wrong method, unsupported media type) as well as the endpoints' own problems.
/// </summary>
public static class ClientErrorProblems
{
    public static WebApplication UseClientErrorProblems(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = AnswerExceptionAsync,
            // A client's malformed request is answered, not logged as the service's failure.
            SuppressDiagnosticsCallback = failure => failure.Exception is BadHttpRequestException,
        });
        app.UseStatusCodePages(new StatusCodePagesOptions { HandleAsync = status => AnswerStatusAsync(status.HttpContext) });
        return app;
    }

    // A BadHttpRequestException is the client's error and its message says what was wrong; anything else is the
    // service's, and its details stay in the log.
    private static Task AnswerExceptionAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var result = error is BadHttpRequestException bad
            ? ApiProblems.Of(CodeOf(bad.StatusCode), bad.StatusCode, bad.Message)
            : ApiProblems.Of(ProblemCodes.ServiceFailed, "The service could not answer this request; the failure is in its log.");
        return result.ExecuteAsync(context);
    }

    // Written as problem+json whatever the request's Accept header says: a client reading the API gets one shape.
    private static Task AnswerStatusAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        return ApiProblems.Of(CodeOf(status), status, DetailOf(context, status)).ExecuteAsync(context);
    }

    private static string? DetailOf(HttpContext context, int status) => status switch
    {
        StatusCodes.Status404NotFound => $"Nothing is served at {context.Request.Path}.",
        StatusCodes.Status405MethodNotAllowed => $"{context.Request.Method} is not allowed on {context.Request.Path}.",
        StatusCodes.Status415UnsupportedMediaType => "The request body must be JSON (Content-Type: application/json).",
        StatusCodes.Status400BadRequest => "The request could not be read as sent.",
        StatusCodes.Status429TooManyRequests => "Too many requests in a short time; wait a minute and try again.",
        _ => ReasonPhrases.GetReasonPhrase(status),
    };

    // Statuses the framework answers on its own; any other is a refusal whose status says what it is.
    private static ProblemCode CodeOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => ProblemCodes.RequestUnreadable,
        StatusCodes.Status404NotFound => ProblemCodes.RequestNotFound,
        StatusCodes.Status405MethodNotAllowed => ProblemCodes.RequestMethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge => ProblemCodes.RequestBodyTooLarge,
        StatusCodes.Status414UriTooLong => ProblemCodes.RequestUrlTooLong,
        StatusCodes.Status415UnsupportedMediaType => ProblemCodes.RequestUnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => ProblemCodes.RequestRateLimited,
        >= 500 => ProblemCodes.ServiceFailed,
        _ => ProblemCodes.RequestRefused,
    };
}
