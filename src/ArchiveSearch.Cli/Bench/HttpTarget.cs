using System.Globalization;
using System.Text.Json;
using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Cli.Bench;

/// <summary>The running service, queried through its public API as a browser or script would.</summary>
internal sealed class HttpTarget(Uri baseAddress) : IQueryTarget
{
    private readonly HttpClient client = new(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };

    public int Search(SearchRequest request) => Get(SearchUrl(request)).GetProperty("total").GetInt32();

    public string? FirstHit(string query)
    {
        var hits = Get(SearchUrl(new SearchRequest(query) { Size = 1 })).GetProperty("hits");
        return hits.GetArrayLength() == 0 ? null : hits[0].GetProperty("id").GetString();
    }

    public int Coverage(string id) => Get($"/api/articles/{Uri.EscapeDataString(id)}/coverage").GetProperty("articles").GetArrayLength();

    public int Trend(ArchiveSearch.Index.Trends.TrendRequest request)
    {
        var query = string.Join("&", request.Queries.Select(q => "q=" + Uri.EscapeDataString(q))) + "&by=" + request.By.ToString().ToLowerInvariant();
        return Get("/api/trends?" + query).GetProperty("points").GetArrayLength();
    }

    /// <summary>The ETag of a search's feed as it is now.</summary>
    public string FeedETag(string query)
    {
        using var response = client.GetAsync("/feeds/search?q=" + Uri.EscapeDataString(query)).GetAwaiter().GetResult();
        response.EnsureSuccessStatusCode();
        return response.Headers.ETag?.Tag ?? throw new HttpRequestException("the feed answered without an ETag");
    }

    /// <summary>A feed reader's poll with the ETag of its last answer; returns the status code.</summary>
    public int FeedPoll(string query, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/search?q=" + Uri.EscapeDataString(query));
        request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        using var response = client.SendAsync(request).GetAwaiter().GetResult();
        return (int)response.StatusCode;
    }

    private JsonElement Get(string url)
    {
        using var response = client.GetAsync(url).GetAwaiter().GetResult();
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static string SearchUrl(SearchRequest request)
    {
        var parts = new List<string> { "q=" + Uri.EscapeDataString(request.Query), "size=" + request.Size, "page=" + request.Page };
        if (request.From is { } from)
            parts.Add("from=" + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (request.To is { } to)
            parts.Add("to=" + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (request.Sort != SearchSort.Relevance)
            parts.Add("sort=" + (request.Sort == SearchSort.DateDescending ? "-date" : "date"));
        return "/api/search?" + string.Join("&", parts);
    }
}
