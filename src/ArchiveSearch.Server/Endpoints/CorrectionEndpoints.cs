using System.Text;
using ArchiveSearch.Archive.Corrections;
using ArchiveSearch.Server.Auth;
using ArchiveSearch.Server.Corrections;
using ArchiveSearch.Server.Html;
using ArchiveSearch.Server.Problems;

namespace ArchiveSearch.Server.Endpoints;

/// <summary>
/// Corrections of a page's cut: the page's history (open like reading), and the writes, each for a signed-in archivist
/// with an antiforgery token — as forms from the page view (<c>/pages/{key}/corrections</c>) and as JSON for scripts
/// (<c>/api/pages/{key}/corrections</c>).
/// </summary>
public static class CorrectionEndpoints
{
    public static IEndpointRouteBuilder MapCorrectionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/pages/{key}/corrections", History)
            .WithSummary("A page's corrections, oldest first, each with whether it is applied to the page as it is now");

        var writes = app.MapGroup("").RequireAuthorization(AuthServices.ArchivistPolicy).AddEndpointFilter<AntiforgeryCheck>();
        writes.MapPost("/api/pages/{key}/corrections", MakeJson)
            .WithSummary("Corrects the page's cut (split, merge, move, move-credit, set, page); answers once the page is indexed again");
        writes.MapPost("/api/pages/{key}/corrections/undo", UndoJson)
            .WithSummary("Undoes the page's latest correction, or the one named by id");
        writes.MapPost("/pages/{key}/corrections", MakeForm).ExcludeFromDescription();
        writes.MapPost("/pages/{key}/corrections/undo", UndoForm).ExcludeFromDescription();
        return app;
    }

    public static readonly IReadOnlyList<string> WritePaths =
        ["/api/pages/{key}/corrections", "/api/pages/{key}/corrections/undo", "/pages/{key}/corrections", "/pages/{key}/corrections/undo"];

    private static IResult History(CorrectionService corrections, string key) =>
        corrections.Load(key) is { } state
            ? Results.Json(new { pageKey = key, path = state.Path, corrections = state.Corrections?.Corrections.Select(c => Describe(c, state)).ToList() ?? [] })
            : ApiProblems.Of(ProblemCodes.PageNotFound, $"No page has the key '{key}'.", ("key", key));

    private static object Describe(Correction correction, PageState state)
    {
        var outcome = state.Outcomes.FirstOrDefault(o => o.Correction.Id == correction.Id);
        return new
        {
            correction,
            applied = correction.IsActive && outcome?.Applied == true,
            problem = outcome?.Problem is { } problem ? CorrectionProblem.Describe(problem) : null,
        };
    }

    private static async Task<IResult> MakeJson(CorrectionService corrections, HttpContext context, string key, CorrectionRequest request)
    {
        try
        {
            var stored = await corrections.Make(key, request, context.User);
            return Results.Json(stored, statusCode: StatusCodes.Status201Created);
        }
        catch (CorrectionFailure e)
        {
            return Problem(e);
        }
    }

    private static async Task<IResult> UndoJson(CorrectionService corrections, HttpContext context, string key, int? id)
    {
        try
        {
            return await corrections.Undo(key, context.User, id) is { } undone
                ? Results.Json(undone)
                : ApiProblems.Of(ProblemCodes.CorrectionNothingToUndo, "The page has no correction to undo.");
        }
        catch (CorrectionFailure e)
        {
            return Problem(e);
        }
    }

    private static async Task<IResult> MakeForm(CorrectionService corrections, HttpContext context, string key)
    {
        var form = await context.Request.ReadFormAsync();
        var request = CorrectionRequest.FromForm(form);
        try
        {
            var stored = await corrections.Make(key, request, context.User);
            return Done(context, key, request.Item, stored);
        }
        catch (CorrectionFailure e)
        {
            return Failed(context, key, e);
        }
    }

    private static async Task<IResult> UndoForm(CorrectionService corrections, HttpContext context, string key)
    {
        var form = await context.Request.ReadFormAsync();
        try
        {
            var undone = await corrections.Undo(key, context.User, int.TryParse(form["id"], out var id) ? id : null);
            return undone is null ? Failed(context, key, new CorrectionFailure(ProblemCodes.CorrectionNothingToUndo, "The page has no correction to undo.")) : Done(context, key, null, undone);
        }
        catch (CorrectionFailure e)
        {
            return Failed(context, key, e);
        }
    }

    /// <summary>A script gets JSON; a plain form goes back to the page (303, so a reload does not post again).</summary>
    private static IResult Done(HttpContext context, string key, int? item, Correction correction)
    {
        if (WantsJson(context))
            return Results.Json(correction);
        var url = "/pages/" + key + (item is { } ordinal ? "#a" + ordinal : "");
        context.Response.Headers.Location = url;
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    private static IResult Failed(HttpContext context, string key, CorrectionFailure failure)
    {
        if (WantsJson(context))
            return Problem(failure);
        var said = context.RequestServices.GetRequiredService<ChineseProblemTexts>().Say(failure.Code, failure.Values) ?? failure.Message;
        var html = "<h1 tabindex=\"-1\">校正未完成</h1>\n<p class=\"notice\" role=\"alert\">" + HtmlText.Escape(said) + "</p>\n<p><a href=\"/pages/"
                   + HtmlText.Escape(key) + "\">返回版面</a></p>\n";
        return Results.Content(PageShell.Render("校正未完成", html), "text/html; charset=utf-8", Encoding.UTF8, failure.Status);
    }

    private static IResult Problem(CorrectionFailure failure) => ApiProblems.Of(failure.Code, failure.Message, [.. failure.Values]);

    private static bool WantsJson(HttpContext context) =>
        context.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);
}
