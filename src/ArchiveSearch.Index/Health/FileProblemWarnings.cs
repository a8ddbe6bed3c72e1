using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Store;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Health;

/// <summary>
/// Raises a warning while any page file is quarantined or any sidecar rejected, counted from the page records in
/// the index (so the count survives restarts), and clears it once the files are fixed.
/// </summary>
public sealed class FileProblemWarnings(ArchiveIndex index, OperatorWarnings warnings)
{
    public const string QuarantinedKey = "pages-quarantined";
    public const string RejectedSidecarsKey = "sidecars-rejected";

    private static readonly Query AnyRejectedSidecar = TermRangeQuery.NewStringRange(PageFields.SidecarProblem, null, null, true, true);

    /// <summary>Every page whose sidecar was rejected: the sidecar's path (relative to the inbox), why, and since when. Reads only those pages' records.</summary>
    public IReadOnlyList<RejectedSidecar> RejectedSidecars() => index.Read(searcher =>
    {
        // Counted first, so the result queue is sized by the rejected sidecars rather than by the whole index.
        var count = new TotalHitCountCollector();
        searcher.Search(AnyRejectedSidecar, count);
        if (count.TotalHits == 0)
            return (IReadOnlyList<RejectedSidecar>)[];
        var top = searcher.Search(AnyRejectedSidecar, count.TotalHits);
        return top.ScoreDocs.Select(hit => searcher.Doc(hit.Doc)).Select(doc => new RejectedSidecar(
                Path.ChangeExtension(doc.Get(PageFields.Path), ".json"),
                doc.Get(PageFields.SidecarProblem),
                DateTimeOffset.Parse(doc.Get(PageFields.IndexedAt), System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(r => r.Path, StringComparer.Ordinal)
            .ToList<RejectedSidecar>();
    });

    public void Review()
    {
        // One review at a time: each reads the searcher current when it starts, so a later one never sets older counts.
        lock (reviewGate)
        {
            var (quarantined, rejected) = index.Read(searcher => (
                searcher.Search(new TermQuery(new Term(PageFields.Status, nameof(PageStatus.Quarantined))), 1).TotalHits,
                searcher.Search(AnyRejectedSidecar, 1).TotalHits));

            Set(QuarantinedKey, quarantined, quarantined == 1
                ? "1 page file is quarantined and not searchable"
                : $"{quarantined} page files are quarantined and not searchable",
                " (unreadable, not text, or over the page size limit); /api/stats lists each with its reason. A fixed or replaced file is indexed again.");
            Set(RejectedSidecarsKey, rejected, rejected == 1
                ? "1 sidecar was rejected"
                : $"{rejected} sidecars were rejected",
                " (not valid page metadata); their pages are indexed with only the metadata their paths give. /api/stats lists each with its reason.");
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
