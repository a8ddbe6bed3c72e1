namespace ArchiveSearch.Index.Schema;

/// <summary>
/// The index's record of one page file: which content was last seen (path + hash) and what came of it.
/// Kept in the index itself so that the record and the articles are committed together. <see cref="SidecarProblem"/>
/// says why the page's sidecar was rejected, when it was. <see cref="Stamp"/>
/// is the size and modification time of the page and its sidecar as last seen: a rescan that finds the same
/// stamp trusts the hash without reading the file again. <see cref="KeyRule"/> is the rule that chose the key of
/// the page's article ids (see <c>ArticleId.Candidates</c>). <see cref="Corrections"/> are the corrections the page
/// was indexed with, when it has any.
/// </summary>
public sealed record PageRecord(
    string Path,
    string Hash,
    string PageId,
    PageStatus Status,
    int ArticleCount,
    DateTimeOffset IndexedAt,
    string? Reason = null,
    string? Encoding = null,
    string? SidecarProblem = null,
    string? Stamp = null,
    string? KeyRule = null,
    AppliedCorrections? Corrections = null);
