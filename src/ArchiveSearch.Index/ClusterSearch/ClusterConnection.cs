using System.Text;
using System.Text.Json;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace ArchiveSearch.Index.ClusterSearch;

/// <summary>
/// Requests to the cluster through the official client's transport (node, sign-in, retries): the bodies are the
/// archive's own translated JSON (<see cref="QueryDslTranslator"/>, <see cref="ClusterExport.ClusterDocument"/>), sent as
/// written, so what goes out is exactly what the golden files show. Plain JSON is asked for and sent, which an
/// Elasticsearch of any version from 7.8 reads.
/// </summary>
public sealed class ClusterConnection
{
    private static readonly RequestConfiguration Json = new() { Accept = "application/json", ContentType = "application/json" };
    private static readonly RequestConfiguration Lines = new() { Accept = "application/json", ContentType = "application/x-ndjson" };

    private readonly ElasticsearchClient client;

    public ClusterConnection(ClusterSettings settings)
    {
        Settings = settings;
        var clientSettings = new ElasticsearchClientSettings(settings.Url);
        if (!string.IsNullOrWhiteSpace(settings.ApiKey))
            clientSettings.Authentication(new ApiKey(settings.ApiKey));
        else if (!string.IsNullOrWhiteSpace(settings.User))
            clientSettings.Authentication(new BasicAuthentication(settings.User, settings.Password ?? ""));
        client = new ElasticsearchClient(clientSettings);
    }

    public ClusterSettings Settings { get; }

    /// <summary>The answer to a search body, as JSON.</summary>
    public string Search(string body) => Send(HttpMethod.POST, $"/{Settings.Index}/_search", body, Json);

    /// <summary>Sends bulk lines (each line a JSON object, the body ending with a new line); an item the cluster refused is an error.</summary>
    public void Bulk(string lines)
    {
        var answer = SendBulk(lines);
        using var document = JsonDocument.Parse(answer);
        if (!document.RootElement.TryGetProperty("errors", out var errors) || !errors.GetBoolean())
            return;
        var refused = document.RootElement.GetProperty("items").EnumerateArray()
            .Select(item => item.EnumerateObject().First().Value)
            .FirstOrDefault(result => result.TryGetProperty("error", out _));
        throw new ClusterRequestException($"The cluster refused an item of a bulk request: {refused.GetRawText()}", status: refused.TryGetProperty("status", out var status) ? status.GetInt32() : null);
    }

    /// <summary>Sends bulk lines and gives the cluster's answer, which says item by item what it took.</summary>
    public string SendBulk(string lines) => Send(HttpMethod.POST, $"/{Settings.Index}/_bulk", lines, Lines);

    /// <summary>Deletes what a query matches (the items of a page that its new cut no longer has).</summary>
    public void DeleteByQuery(string body) => Send(HttpMethod.POST, $"/{Settings.Index}/_delete_by_query", body, Json);

    /// <summary>Any request, for setting a cluster up (a template, an index, a refresh); the answer as JSON.</summary>
    public string Send(HttpMethod method, string path, string? body) => Send(method, path, body, Json);

    private string Send(HttpMethod method, string path, string? body, RequestConfiguration configuration)
    {
        StringResponse response;
        try
        {
            response = client.Transport.Request<StringResponse>(new EndpointPath(method, path), body is null ? null : PostData.Bytes(Encoding.UTF8.GetBytes(body)), null, configuration);
        }
        catch (Exception e) when (e is TransportException or HttpRequestException)
        {
            throw new ClusterRequestException($"{method} {path} did not reach the cluster at {Settings.Url}: {e.Message}", e);
        }

        var details = response.ApiCallDetails;
        if (!details.HasSuccessfulStatusCode)
        {
            var reason = response.Body is { Length: > 0 } text ? text[..Math.Min(text.Length, 2000)] : details.OriginalException?.Message ?? "no answer";
            throw new ClusterRequestException($"{method} {path} failed at {Settings.Url} ({details.HttpStatusCode?.ToString() ?? "no status"}): {reason}", details.OriginalException, details.HttpStatusCode);
        }

        return response.Body;
    }
}
