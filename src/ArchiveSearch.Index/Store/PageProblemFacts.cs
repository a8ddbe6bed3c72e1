using ArchiveSearch.Index.Health;
using ArchiveSearch.Index.Schema;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Store;

/// <summary>Reads the page records of problem files (quarantined pages, rejected sidecars) from the index, so counts survive restarts.</summary>
public sealed class PageProblemFacts(ArchiveIndex index) : IPageProblemFacts
{
    public (int QuarantinedPages, int RejectedSidecars) Count() => index.Read(searcher => (
        searcher.Search(new TermQuery(PageRecordDocuments.WithStatus(PageStatus.Quarantined)), 1).TotalHits,
        searcher.Search(PageRecordDocuments.AnyRejectedSidecar, 1).TotalHits));

    /// <summary>Reads only the records of pages with a rejected sidecar.</summary>
    public IReadOnlyList<RejectedSidecar> RejectedSidecars() => index.Read(searcher =>
    {
        // Counted first, so the result queue is sized by the rejected sidecars rather than by the whole index.
        var count = new TotalHitCountCollector();
        searcher.Search(PageRecordDocuments.AnyRejectedSidecar, count);
        if (count.TotalHits == 0)
            return (IReadOnlyList<RejectedSidecar>)[];
        var top = searcher.Search(PageRecordDocuments.AnyRejectedSidecar, count.TotalHits);
        return top.ScoreDocs.Select(hit => searcher.Doc(hit.Doc)).Select(doc => new RejectedSidecar(
                Path.ChangeExtension(doc.Get(PageRecordDocuments.Path), ".json"),
                doc.Get(PageRecordDocuments.SidecarProblem),
                PageRecordDocuments.ReadIndexedAt(doc)))
            .OrderBy(r => r.Path, StringComparer.Ordinal)
            .ToList<RejectedSidecar>();
    });
}
