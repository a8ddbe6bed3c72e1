namespace ArchiveSearch.Index.Search;

/// <summary>
/// Earlier coverage of a draft or an article. <see cref="Articles"/> holds only articles that share enough
/// distinctive content with the draft; when none does, it is empty and <see cref="Message"/> says so.
/// <see cref="Terms"/> are the draft's distinctive terms, weightiest first (filler never among them).
/// </summary>
public sealed record SimilarResponse(
    string? Message,
    string? DraftDate,
    string Sort,
    IReadOnlyList<string> Terms,
    IReadOnlyList<RelatedArticle> Articles);

/// <summary>
/// One related article as an editor reads it: where and when it appeared, a snippet of its body with the
/// shared passages in <c>&lt;mark&gt;</c> (safe HTML), the terms it shares with the draft, whether it
/// appeared before the draft's date, and <see cref="Score"/>: the share (0 to 1) of the draft's weighted
/// distinctive content that the article holds.
/// </summary>
public sealed record RelatedArticle(
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
