using ArchiveSearch.Index.Store;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Search;

/// <summary>
/// Every hit of a search, however many, for an export: the query runs once over one searcher and keeps only
/// the hits' doc ids (and scores), in the order the paged search gives them; their articles are read in
/// batches as they are written out, so a result set of any size streams in memory of a few ints per hit.
/// </summary>
public sealed class SearchExporter(ArticleSearch search, ArchiveIndex index) : ISearchExporter
{
    public const int BatchSize = ArticleSearch.MaxExportBatch;

    /// <summary>Runs the search over one searcher; invalid requests fail here, before anything is written.</summary>
    public SearchExport Start(SearchRequest request, bool includeRelaxed = false)
    {
        var (compiled, sort, filters) = search.Prepare(request with { Page = 1, Size = BatchSize, After = null, WithFacets = false });
        var lease = index.Lease();
        try
        {
            var searcher = lease.Searcher;
            var matches = Collect(searcher, compiled.Match, filters, sort);
            var relaxed = false;
            if (matches.Count == 0 && includeRelaxed && compiled.Relaxed is { } looser)
            {
                matches = Collect(searcher, looser, filters, sort);
                relaxed = matches.Count > 0;
            }

            var (docs, scores) = MatchOrder.Sort(searcher, HitOrder.For(sort), matches);
            return new SearchExport(lease, search, docs, scores, ArticleSearch.Marks(compiled, relaxed), relaxed);
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    ISearchExport ISearchExporter.Start(SearchRequest request, bool includeRelaxed) => Start(request, includeRelaxed);

    private static MatchCollector Collect(IndexSearcher searcher, Query match, IReadOnlyList<Query> filters, SearchSort sort)
    {
        var matches = new MatchCollector(withScores: sort == SearchSort.Relevance);
        searcher.Search(ArticleSearch.Filtered(match, filters, sort), matches);
        return matches;
    }
}
