using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Corrections;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Store;
using Microsoft.Extensions.Logging;

namespace ArchiveSearch.Index.Corrections;

/// <summary>
/// The one step between cutting a page and writing it: the page's corrections, if it has any, applied to its cut.
/// A corrections file that cannot be read costs the page its corrections, never its indexing.
/// </summary>
public sealed class PageCorrector(ArchiveIndex index, CorrectionStore store, CorrectionFits fits, ILogger<PageCorrector> logger)
{
    /// <param name="contentHash">the hash of the page file (and sidecar) its key is derived from when it has none yet.</param>
    public CorrectedPage Apply(string pageId, string path, string contentHash, string pageText, PageMetadata metadata, IReadOnlyList<Article> articles)
    {
        if (!store.Enabled)
            return CorrectedPage.Unchanged(articles, metadata);
        var key = PageKeys.Expected(index, pageId, metadata, contentHash, path);
        PageCorrections? corrections;
        try
        {
            corrections = store.Find(key);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            logger.LogWarning("Cannot read the corrections of page {Path} ({Key}): {Problem}; it is indexed as cut", path, key, e.Message);
            fits.Unreadable(key, e.Message);
            return CorrectedPage.Unchanged(articles, metadata);
        }

        if (corrections is null)
        {
            fits.Forget(key);
            return CorrectedPage.Unchanged(articles, metadata);
        }

        var corrected = CorrectionApplier.Apply(corrections, pageText, metadata, articles);
        fits.Record(key, corrected.Outcomes);
        foreach (var outcome in corrected.NotApplied)
            logger.LogWarning("Correction {Id} of page {Path} ({Key}) is kept but not applied: {Problem}", outcome.Correction.Id, path, key, CorrectionProblem.Describe(outcome.Problem!));
        return corrected;
    }
}
