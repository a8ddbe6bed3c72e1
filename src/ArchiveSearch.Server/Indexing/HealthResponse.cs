using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ArchiveSearch.Server.Indexing;

/// <summary>Writes a health report as JSON: the overall status and, in plain sentences, every reason it is not Healthy.</summary>
public static class HealthResponse
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var warnings = report.Entries.Values
            .SelectMany(entry => entry.Data.TryGetValue(IndexReadyHealthCheck.WarningsKey, out var value) && value is IEnumerable<string> sentences
                ? sentences
                : entry.Status == HealthStatus.Healthy || entry.Description is null ? [] : [entry.Description])
            .ToList();
        var body = new
        {
            status = report.Status.ToString(),
            warnings,
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }
}
