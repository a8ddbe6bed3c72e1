using System.ComponentModel;
using System.Text;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Index.Trends;
using ArchiveSearch.Server.Endpoints;
using ArchiveSearch.Server.Problems;

namespace ArchiveSearch.Server.Trends;

/// <summary><c>GET /api/trends</c> (JSON or CSV) and the <c>/trends</c> page: queries counted over time.</summary>
public static class TrendEndpoints
{
    public static IEndpointRouteBuilder MapTrendEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/trends", Trend)
            .WithName("Trends")
            .WithTags("Trends")
            .WithSummary("Queries counted by year, month or day")
            .WithDescription("Up to six queries (q, repeated), each counted exactly as /api/search counts it with the same filters, per year, month or day of the range: points [{period, from, to, total}] (total: every item of the archive in that period and paper) and series [{query, total, counts, shares}], one count and share per point (share null where the period holds no item). format=csv answers a table whose first rows give the queries, period, range, paper and the time of the answer. A malformed query or parameter is a 400 problem.")
            .Produces<TrendResponse>()
            .Produces(StatusCodes.Status200OK, contentType: TrendCsv.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/trends", Page).ExcludeFromDescription();
        return app;
    }

    private static IResult Trend(ITrendCounter counter, [AsParameters] TrendParameters parameters, [Description("json (default) or csv.")] string? format)
    {
        try
        {
            var csv = (format ?? "json").Trim().ToLowerInvariant() switch
            {
                "json" => false,
                "csv" => true,
                _ => throw new InvalidSearchException(SearchProblem.UnknownFormat, $"format must be json or csv, not '{format}'.", ("value", format)),
            };
            var trend = counter.Count(parameters.ToRequest());
            if (!csv)
                return TypedResults.Ok(trend);
            // A byte-order mark lets spreadsheet programs read the Chinese as UTF-8.
            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(TrendCsv.Write(trend))).ToArray();
            return TypedResults.File(bytes, TrendCsv.ContentType, "archivesearch-trend.csv");
        }
        catch (InvalidSearchException e)
        {
            return ApiProblems.For(e);
        }
    }

    private static IResult Page(ITrendCounter counter, ChineseProblemTexts texts, [AsParameters] TrendParameters parameters, string? measure)
    {
        var shown = measure?.Trim().ToLowerInvariant() == "count" ? TrendMeasure.Count : TrendMeasure.Share;
        var papers = counter.Papers();
        TrendResponse? trend = null;
        string? error = null;
        var status = StatusCodes.Status200OK;
        if (parameters.Queries.Count > 0)
        {
            try
            {
                trend = counter.Count(parameters.ToRequest());
            }
            catch (InvalidSearchException e)
            {
                error = "无法绘制：" + (texts.Say(ProblemCodes.For(e), e.Values.Select(v => (v.Name, (object?)v.Value))) ?? e.Message);
                status = StatusCodes.Status400BadRequest;
            }
        }

        return Results.Content(TrendsPage.Render(parameters, shown, papers, trend, error), "text/html; charset=utf-8", Encoding.UTF8, status);
    }
}
