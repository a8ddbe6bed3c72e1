namespace ArchiveSearch.Index.Search;

/// <summary>
/// Every hit of one search, in the search's order, given as they are written out: the total and whether the hits are
/// the relaxed match are known before the first hit. Dispose it to let what it holds go.
/// </summary>
public interface ISearchExport : IDisposable
{
    int Total { get; }

    /// <summary>Nothing matched as written, so these are the hits of the relaxed match (as a search would say).</summary>
    bool Relaxed { get; }

    /// <summary>The hits in order, read <see cref="SearchExporter.BatchSize"/> at a time.</summary>
    IEnumerable<SearchHit> Hits(CancellationToken cancellation = default);
}
