using System.Text.Encodings.Web;
using System.Text.Json;

namespace ArchiveSearch.Server.Export;

/// <summary>JSON Lines: one object per hit (id, title, date, paper, page, byline, url, snippet), no header.</summary>
public sealed class JsonLinesHitWriter : IHitWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string ContentType => "application/jsonl; charset=utf-8";

    public string Extension => "jsonl";

    public Task WriteHeaderAsync(TextWriter output) => Task.CompletedTask;

    public Task WriteAsync(TextWriter output, ExportRow row) => output.WriteAsync(JsonSerializer.Serialize(row, Options) + "\n");
}
