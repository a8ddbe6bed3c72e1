using System.Text.Encodings.Web;
using System.Text.Json;

namespace ArchiveSearch.Server.Export;

/// <summary>
/// JSON Lines: first a header object <c>{"export":{"query","filters","exportedAt","total","relaxed"}}</c>, then one
/// object per hit (id, title, date, paper, page, byline, url, snippet).
/// </summary>
public sealed class JsonLinesHitWriter : IHitWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string ContentType => "application/jsonl; charset=utf-8";

    public string Extension => "jsonl";

    public Task WriteHeaderAsync(TextWriter output, ExportHeader header) => output.WriteAsync(JsonSerializer.Serialize(new
    {
        export = new { query = header.Query, filters = header.Filters, exportedAt = header.ExportedAtText, total = header.Total, relaxed = header.Relaxed },
    }, Options) + "\n");

    public Task WriteAsync(TextWriter output, ExportRow row) => output.WriteAsync(JsonSerializer.Serialize(row, Options) + "\n");
}
