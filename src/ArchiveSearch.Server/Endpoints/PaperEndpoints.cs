using System.Globalization;
using System.Text;
using ArchiveSearch.Index.Papers;
using ArchiveSearch.Server.Html;
using ArchiveSearch.Server.Problems;

namespace ArchiveSearch.Server.Endpoints;

/// <summary>
/// The papers of the archive and their issues, as pages (<c>/papers</c>, <c>/papers/{paper}</c>,
/// <c>/papers/{paper}/{yyyy}</c>, <c>/papers/{paper}/{yyyy-MM-dd}</c>) and as JSON under <c>/api/papers</c>.
/// </summary>
public static class PaperEndpoints
{
    public static IEndpointRouteBuilder MapPaperEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/papers", (PaperDirectory papers) => TypedResults.Ok(papers.Directory()))
            .WithName("Papers").WithTags("Papers")
            .WithSummary("Every paper with the dates it covers, its number of issues and pages");
        app.MapGet("/api/papers/{paper}", (PaperDirectory papers, string paper) =>
                papers.Paper(paper) is { } summary ? Results.Ok(summary) : ApiProblems.Of(ProblemCodes.PaperNotFound, $"The archive has no paper named '{paper}'.", ("paper", paper)))
            .WithName("Paper").WithTags("Papers")
            .WithSummary("One paper: the dates it covers, its issues, pages and the years with issues")
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/papers/{paper}/{when}", ApiIssues)
            .WithName("PaperIssues").WithTags("Papers")
            .WithSummary("A paper's issues of a year (when = yyyy: each day with its number of pages), or one day's issue (when = yyyy-MM-dd: its pages in page order, each with its articles)")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/papers", (PaperDirectory papers) => Html(PageShell.Render("报纸目录", PapersView.Directory(papers.Directory())))).ExcludeFromDescription();
        app.MapGet("/papers/{paper}", (PaperDirectory papers, string paper) =>
            papers.Paper(paper) is { } summary
                ? PaperYear(papers, paper, summary.Years.Count > 0 ? summary.Years[^1] : DateTime.Today.Year)
                : NotFound(paper)).ExcludeFromDescription();
        app.MapGet("/papers/{paper}/{when}", PageIssues).ExcludeFromDescription();
        return app;
    }

    private static IResult ApiIssues(PaperDirectory papers, string paper, string when)
    {
        if (papers.Paper(paper) is null)
            return ApiProblems.Of(ProblemCodes.PaperNotFound, $"The archive has no paper named '{paper}'.", ("paper", paper));
        if (Year(when) is { } year)
            return Results.Ok(papers.Year(paper, year));
        if (Day(when) is { } day)
            return Results.Ok(papers.Issue(paper, day));
        return ApiProblems.Of(ProblemCodes.DateNotYearOrDay, $"'{when}' must be a year (yyyy) or a day (yyyy-MM-dd).", ("value", when));
    }

    private static IResult PageIssues(PaperDirectory papers, string paper, string when)
    {
        if (papers.Paper(paper) is null)
            return NotFound(paper);
        if (Year(when) is { } year)
            return PaperYear(papers, paper, year);
        if (Day(when) is { } day)
            return Html(PageShell.Render($"{paper} {day:yyyy-MM-dd}", PapersView.Issue(papers.Issue(paper, day))));
        return Html(PageShell.Render("未找到", $"<h1 tabindex=\"-1\">无法识别的日期</h1>\n<p>“{HtmlText.Escape(when)}”既不是年份（如 2024），也不是日期（如 2024-03-15）。</p>\n<p><a href=\"/papers\">报纸目录</a></p>\n"), StatusCodes.Status404NotFound);
    }

    private static IResult PaperYear(PaperDirectory papers, string paper, int year) =>
        Html(PageShell.Render($"{paper} {year}年", PapersView.Year(papers.Paper(paper)!, papers.Year(paper, year)!)));

    private static IResult NotFound(string paper) =>
        Html(PageShell.Render("未找到报纸", $"<h1 tabindex=\"-1\">未找到报纸</h1>\n<p>档案中没有名为“{HtmlText.Escape(paper)}”的报纸。</p>\n<p><a href=\"/papers\">报纸目录</a></p>\n"), StatusCodes.Status404NotFound);

    private static int? Year(string text) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1 ? year : null;

    private static DateOnly? Day(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static IResult Html(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
}
