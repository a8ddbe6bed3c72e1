using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Index.ClusterSearch;

/// <summary>
/// Every hit of a search from a cluster loaded with the export: the first batch is asked for here (so a bad request or
/// an unreachable cluster fails before anything is written, and the total is known), the rest along the
/// <c>search_after</c> cursor as they are written (<see cref="ClusterSearchExport"/>). Near matches are exported only
/// when asked for, as the index exports them.
/// </summary>
public sealed class ClusterSearchExporter(ClusterConnection connection, ArchiveAnalyzers analyzers, int batchSize = SearchExporter.BatchSize) : ISearchExporter
{
    private readonly QueryCompiler compiler = new(analyzers);

    public ISearchExport Start(SearchRequest request, bool includeRelaxed = false)
    {
        var batch = request with { Page = 1, Size = batchSize, After = null, WithFacets = false };
        ArticleSearch.Validate(batch);
        var first = ClusterResponseReader.Read(connection.Search(QueryDslTranslator.Translate(batch)), batch);
        if (first.Total > 0 || !includeRelaxed || EveryArticle.Applies(batch))
            return new ClusterSearchExport(connection, batch, null, first);

        var words = compiler.Compile(batch.Query) is { Relaxed: not null } compiled ? compiled.Words : null;
        if (words is null)
            return new ClusterSearchExport(connection, batch, null, first);
        var relaxed = ClusterResponseReader.Read(connection.Search(QueryDslTranslator.Translate(batch, words)), batch);
        return relaxed.Total > 0 ? new ClusterSearchExport(connection, batch, words, relaxed) : new ClusterSearchExport(connection, batch, null, first);
    }
}
