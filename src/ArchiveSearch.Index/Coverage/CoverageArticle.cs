namespace ArchiveSearch.Index.Coverage;

/// <summary>
/// One related article as an editor reads it: where and when it appeared, a snippet of its body with the
/// shared passages in <c>&lt;mark&gt;</c> (safe HTML), the terms it shares with the draft, whether it
/// appeared before the draft's date, and <see cref="Score"/>: the share (0 to 1) of the draft's weighted
/// distinctive content that the article holds.
/// </summary>
public sealed record CoverageArticle(
    string Id,
    string Title,
    string? Date,
    string? Paper,
    string? Page,
    string Url,
    string Snippet,
    IReadOnlyList<string> SharedTerms,
    bool? BeforeDraft,
    double Score,
    string Kind,
    string PageId,
    int Ordinal);
