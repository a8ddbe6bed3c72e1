using System.ComponentModel;
using System.Text;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Server.Export;
using ArchiveSearch.Server.Problems;

namespace ArchiveSearch.Server.Endpoints;

/// <summary>
/// <c>GET /api/search/export</c>: every hit of a search as CSV or JSON Lines. The query runs once; the hits'
/// articles are read and written batch by batch, so a result set of any size is written without being held in memory.
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search/export", Export)
            .WithName("ExportSearch")
            .WithTags("Search")
            .WithSummary("Every hit of a search, streamed as CSV or JSON Lines")
            .WithDescription("Takes the parameters of /api/search (page, size and after are ignored) and writes every hit: title, date, paper, page, byline, url (absolute) and the snippet as plain text, after lines (CSV) or a header object (JSON Lines) giving the query, filters, time of export and what the rows are. Near matches are left out unless relaxed=include. The file is named after the query and the day. The X-Total-Count header says how many rows follow. A malformed query or parameter is a 400 problem.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static async Task Export(
        HttpContext http,
        ISearchExporter exporter,
        [AsParameters] SearchParameters parameters,
        [Description("csv (default) or jsonl.")] string? format,
        [Description("include: when nothing matches as written, export the near matches the search page offers (left out by default).")] string? relaxed)
    {
        IHitWriter? writer = (format ?? "csv").Trim().ToLowerInvariant() switch
        {
            "csv" => new CsvHitWriter(),
            "jsonl" => new JsonLinesHitWriter(),
            _ => null,
        };
        ISearchExport export;
        var relaxedAsked = string.Equals(relaxed?.Trim(), "include", StringComparison.OrdinalIgnoreCase);
        try
        {
            if (writer is null)
                throw new InvalidSearchException(SearchProblem.UnknownFormat, $"format must be csv or jsonl, not '{format}'.", ("value", format ?? ""));
            if (relaxed is not null && relaxed.Trim().ToLowerInvariant() is not ("include" or "exclude" or ""))
                throw new InvalidSearchException(SearchProblem.UnknownRelaxed, $"relaxed must be include or exclude, not '{relaxed}'.", ("value", relaxed));
            export = exporter.Start(parameters.ToRequest(), includeRelaxed: relaxedAsked);
        }
        catch (InvalidSearchException e)
        {
            await ApiProblems.For(e).ExecuteAsync(http);
            return;
        }

        using var _ = export;
        var response = http.Response;
        response.ContentType = writer.ContentType;
        var now = DateTimeOffset.Now;
        response.Headers.ContentDisposition = ExportFileName.ContentDisposition(ExportFileName.For(parameters.Q ?? "", now, writer.Extension));
        response.Headers["X-Total-Count"] = export.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var origin = $"{http.Request.Scheme}://{http.Request.Host}";
        // A byte-order mark lets spreadsheet programs read the CSV's Chinese as UTF-8.
        await using var output = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: writer is CsvHitWriter), 64 * 1024);
        await writer.WriteHeaderAsync(output, ExportHeader.From(parameters, now, export.Total, export.Relaxed, relaxedAsked));
        var written = 0;
        foreach (var hit in export.Hits(http.RequestAborted))
        {
            await writer.WriteAsync(output, ExportRow.From(hit, origin));
            if (++written % SearchExporter.BatchSize == 0)
                await output.FlushAsync(http.RequestAborted);
        }
    }
}
