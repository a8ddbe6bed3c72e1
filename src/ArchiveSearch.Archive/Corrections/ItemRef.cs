namespace ArchiveSearch.Archive.Corrections;

/// <summary>
/// An item of the page (article, brief, photo) named by a paragraph it holds, or by its headline when it has no
/// text: whatever the earlier corrections did to it, the item holding that paragraph is the one meant.
/// </summary>
public sealed record ItemRef(string Title, ParagraphRef? Paragraph);
