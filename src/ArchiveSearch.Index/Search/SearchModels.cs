namespace ArchiveSearch.Index.Search;

public sealed record SearchRequest(string Query, int Page = 1, int Size = 10);

public sealed record SearchHit(
    string Id,
    string Title,
    string Snippet,
    float Score,
    string PageId,
    int Ordinal,
    string? Byline,
    string? Paper,
    string? Date);

public sealed record SearchResponse(int Total, long TookMs, IReadOnlyList<SearchHit> Hits);

/// <summary>A search request that cannot be answered as asked; its message is shown to the user.</summary>
public sealed class InvalidSearchException(string message) : Exception(message);
