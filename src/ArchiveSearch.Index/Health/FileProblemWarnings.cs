namespace ArchiveSearch.Index.Health;

/// <summary>
/// Raises a warning while any page file is quarantined or any sidecar rejected, counted from the page records in
/// the index (so the count survives restarts), and clears it once the files are fixed.
/// </summary>
public sealed class FileProblemWarnings(IPageProblemFacts facts, OperatorWarnings warnings)
{
    public const string QuarantinedKey = "pages-quarantined";
    public const string RejectedSidecarsKey = "sidecars-rejected";

    /// <summary>Every page whose sidecar was rejected: the sidecar's path (relative to the inbox), why, and since when.</summary>
    public IReadOnlyList<RejectedSidecar> RejectedSidecars() => facts.RejectedSidecars();

    public void Review()
    {
        // One review at a time: each reads the searcher current when it starts, so a later one never sets older counts.
        lock (reviewGate)
        {
            var (quarantined, rejected) = facts.Count();

            Set(QuarantinedKey, quarantined, quarantined == 1
                ? "1 page file is quarantined and not searchable"
                : $"{quarantined} page files are quarantined and not searchable",
                " (unreadable, not text, over the page size limit, not a regular file, or named in bytes that are not UTF-8); /api/stats lists each with its reason. A fixed or replaced file is indexed again.");
            Set(RejectedSidecarsKey, rejected, rejected == 1
                ? "1 sidecar was rejected"
                : $"{rejected} sidecars were rejected",
                " (not valid page metadata, too large, or not a regular file); their pages are indexed with only the metadata their paths give. /api/stats lists each with its reason.");
        }
    }

    private readonly object reviewGate = new();

    private void Set(string key, int count, string subject, string rest)
    {
        if (count == 0)
            warnings.Clear(key);
        else if (!warnings.Current().Any(w => w.Key == key && w.Sentence == subject + rest))
            warnings.Raise(key, subject + rest); // raised again only when the count changed, so "since" stays true
    }
}
