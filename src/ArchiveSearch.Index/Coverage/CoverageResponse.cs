namespace ArchiveSearch.Index.Coverage;

/// <summary>
/// Earlier coverage of a draft or an article. <see cref="Articles"/> holds only articles that share enough
/// distinctive content with the draft; when none does, it is empty and <see cref="Message"/> says so.
/// <see cref="Terms"/> are the draft's distinctive terms, weightiest first (filler never among them).
/// </summary>
public sealed record CoverageResponse(
    string? Message,
    string? DraftDate,
    string Sort,
    IReadOnlyList<string> Terms,
    IReadOnlyList<CoverageArticle> Articles);
