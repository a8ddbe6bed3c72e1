using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Corrections;
using ArchiveSearch.Index.Permalinks;

namespace ArchiveSearch.Server.Corrections;

/// <summary>
/// A page as the page view and the corrections see it: the articles the index holds, the page file's text (null when
/// it cannot be read), the lines in no article, the page's corrections and whether each fits the page as it is now.
/// </summary>
public sealed record PageState(
    ArchivePage Page,
    string? Path,
    string? Text,
    IReadOnlyList<Article> Segmented,
    IReadOnlyList<Article> Cut,
    PageCorrections? Corrections,
    IReadOnlyList<CorrectionOutcome> Outcomes);
