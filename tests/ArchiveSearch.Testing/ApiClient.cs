using System.Net.Http.Json;
using System.Text.Json;

namespace ArchiveSearch.Testing;

/// <summary>The service's JSON API as tests call it, over whatever client reaches the service.</summary>
public static class ApiClient
{
    /// <summary>The JSON answer of a GET, failing the test on any status but success.</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The answer of <c>/api/search</c> for the query; <paramref name="extra"/> adds parameters (<c>&amp;kind=page</c>).</summary>
    public static Task<JsonElement> SearchAsync(this HttpClient client, string query, string extra = "") =>
        client.GetJsonAsync($"/api/search?q={Uri.EscapeDataString(query)}{extra}");
}
