using ArchiveSearch.Server.Endpoints;

namespace ArchiveSearch.Server.Feeds;

/// <summary>
/// The canonical form of a search feed's address: the search's query and filters in a fixed order, blank ones left
/// out (page, size, sort and cursor say nothing about a feed). One search, one feed id, one set of validators.
/// </summary>
public static class FeedAddress
{
    public const string Path = "/feeds/search";

    public static string Query(SearchParameters search)
    {
        var parts = new List<string>();
        foreach (var (name, value) in new[] { ("q", search.Q), ("from", search.From), ("to", search.To), ("paper", search.Paper), ("author", search.Author), ("kind", search.Kind) })
        {
            if (!string.IsNullOrWhiteSpace(value))
                parts.Add(name + "=" + Uri.EscapeDataString(value.Trim()));
        }

        return string.Join("&", parts);
    }

    /// <summary>The feed of a search's query string (as the search page has it).</summary>
    public static string For(SearchParameters search) => Query(search) is { Length: > 0 } query ? Path + "?" + query : Path;
}
