namespace ArchiveSearch.Index.Search;

/// <summary>
/// Every hit of a search, however many, in batches that follow the cursor: only one batch is in memory at a
/// time, so an export can stream a result set of any size.
/// </summary>
public sealed class SearchHarvest(ArticleSearch search)
{
    public const int BatchSize = ArticleSearch.MaxHarvestBatch;

    /// <summary>The first batch, whose total says how many hits follow; invalid requests fail here, before anything is written.</summary>
    public SearchResponse Start(SearchRequest request) =>
        search.Search(request with { Page = 1, Size = BatchSize, After = null, WithFacets = false });

    /// <summary>The hits of the first batch and of every batch after it.</summary>
    public IEnumerable<SearchHit> Hits(SearchRequest request, SearchResponse first, CancellationToken cancellation = default)
    {
        var batch = first;
        while (true)
        {
            foreach (var hit in batch.Hits)
                yield return hit;
            if (batch.Next is null)
                yield break;
            cancellation.ThrowIfCancellationRequested();
            batch = search.Search(request with { Page = 1, Size = BatchSize, After = batch.Next, WithFacets = false });
        }
    }
}
