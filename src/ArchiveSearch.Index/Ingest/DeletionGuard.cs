using ArchiveSearch.Index.Health;
using Microsoft.Extensions.Logging;

namespace ArchiveSearch.Index.Ingest;

/// <summary>
/// Decides whether the removals a scan found may go ahead. An inbox that cannot be read removes nothing; an
/// inbox that holds no pages while the index holds some, or removals above <see cref="IngestSettings.MaxDeleteFraction"/>
/// of the indexed pages (an unmounted share looks like this), are held and reported until an operator confirms them.
/// Removals are weighed together with those made within <see cref="IngestSettings.DeletionWindow"/>, so many small
/// batches are held as one large one would be.
/// </summary>
public sealed class DeletionGuard(OperatorWarnings warnings, IngestSettings settings, ILogger<DeletionGuard> logger)
{
    public const string UnavailableKey = "inbox.unavailable";
    public const string HeldKey = "inbox.deletions-held";

    /// <summary>The inbox could not be listed: no page may be removed on its account.</summary>
    public void InboxUnavailable(string problem)
    {
        warnings.Raise(UnavailableKey, $"The inbox cannot be read ({problem}); no page has been removed from the index. Restore the inbox folder.");
        logger.LogWarning("Inbox scan skipped, nothing removed: {Problem}", problem);
    }

    public void InboxAvailable() => warnings.Clear(UnavailableKey);

    /// <summary>
    /// Whether <paramref name="removals"/> more pages may be removed, with <paramref name="removedBefore"/> removed
    /// already within the deletion window; raises or clears the held-deletions warning.
    /// <paramref name="indexedPages"/> counts the pages in the index now, those about to be removed included.
    /// </summary>
    public bool Allows(int removals, int indexedPages, int pagesOnDisk, string inboxRoot, int removedBefore = 0)
    {
        var reason = HoldReason(removals, indexedPages, pagesOnDisk, inboxRoot, removedBefore);
        if (reason is null)
        {
            warnings.Clear(HeldKey);
            return true;
        }

        if (!warnings.IsRaised(HeldKey))
            logger.LogWarning("Deletions held: {Reason}", reason);
        warnings.Raise(HeldKey, reason + " Run 'archivesearch confirm-deletions --inbox INBOX --index INDEX' with the service stopped to remove them, or restore the files.");
        return false;
    }

    private string? HoldReason(int removals, int indexedPages, int pagesOnDisk, string inboxRoot, int removedBefore)
    {
        if (removals == 0)
            return null;
        // Rule 1: an empty inbox over a non-empty index is a missing mount far more often than a wish to delete everything.
        if (pagesOnDisk == 0)
            return $"The inbox {inboxRoot} holds no page files while the index holds {indexedPages}; their {removals} removals are held.";
        // Rule 2: more than the configured share of the pages there were before the window's removals, counting
        // those removals too, however the file events batched them; a single page is always allowed so a small
        // archive can lose a page.
        var together = removedBefore + removals;
        var before = indexedPages + removedBefore;
        if (together > 1 && together > settings.MaxDeleteFraction * before)
        {
            return removedBefore == 0
                ? $"A scan of the inbox would remove {removals} of {indexedPages} indexed pages, more than Archive:MaxDeleteFraction ({settings.MaxDeleteFraction:P0}); the removals are held."
                : $"A scan of the inbox would remove {removals} of {indexedPages} indexed pages; with the {removedBefore} removed in the last {settings.DeletionWindow.TotalHours:F0} hours " +
                  $"that is {together} of {before}, more than Archive:MaxDeleteFraction ({settings.MaxDeleteFraction:P0}); the removals are held.";
        }

        return null;
    }
}
