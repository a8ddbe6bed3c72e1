using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

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
            ? TypedResults.Problem(bad.Message, statusCode: bad.StatusCode, title: TitleOf(bad.StatusCode))
            : TypedResults.Problem("The service could not answer this request; the failure is in its log.",
                statusCode: StatusCodes.Status500InternalServerError, title: "Internal error");
        return result.ExecuteAsync(context);
    }

    // Written as problem+json whatever the request's Accept header says: a client reading the API gets one shape.
    private static Task AnswerStatusAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        return TypedResults.Problem(DetailOf(context, status), statusCode: status, title: TitleOf(status)).ExecuteAsync(context);
    }

    private static string? DetailOf(HttpContext context, int status) => status switch
    {
        StatusCodes.Status404NotFound => $"Nothing is served at {context.Request.Path}.",
        StatusCodes.Status405MethodNotAllowed => $"{context.Request.Method} is not allowed on {context.Request.Path}.",
        StatusCodes.Status415UnsupportedMediaType => "The request body must be JSON (Content-Type: application/json).",
        StatusCodes.Status400BadRequest => "The request could not be read as sent.",
        _ => null,
    };

    private static string TitleOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request cannot be answered as asked",
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status405MethodNotAllowed => "Method not allowed",
        StatusCodes.Status413PayloadTooLarge => "Request body too large",
        StatusCodes.Status414UriTooLong => "Address too long",
        StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
        _ => ReasonPhrases.GetReasonPhrase(status),
    };
}
