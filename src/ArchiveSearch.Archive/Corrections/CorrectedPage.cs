using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Pages;

namespace ArchiveSearch.Archive.Corrections;

/// <summary>A page's items and metadata after its corrections, and what became of each correction.</summary>
public sealed record CorrectedPage(IReadOnlyList<Article> Articles, PageMetadata Metadata, IReadOnlyList<CorrectionOutcome> Outcomes)
{
    public static CorrectedPage Unchanged(IReadOnlyList<Article> articles, PageMetadata metadata) => new(articles, metadata, []);

    public IEnumerable<CorrectionOutcome> NotApplied => Outcomes.Where(o => !o.Applied);

    /// <summary>The segmenter's items whose ordinals the corrected cut does not have (merged away, emptied), so their ids can lead on.</summary>
    public IReadOnlyList<Article> Gone { get; init; } = [];

    /// <summary>The corrections applied (null when the page has none), so the page's record can say which were.</summary>
    public PageCorrections? Source { get; init; }
}
