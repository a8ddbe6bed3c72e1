using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Index.ClusterSearch;

/// <summary>
/// Searches a cluster loaded with the export: the request checked as the index checks it, translated to the query DSL,
/// and the cluster's answer read back into the index's response shape. When nothing matches as written, the relaxed
/// match over the query's SmartCN words (cut here, as the index cuts them) is asked for and the answer flagged, as the
/// index does.
/// </summary>
public sealed class ClusterSearchEngine(ClusterConnection connection, ArchiveAnalyzers analyzers) : ISearchEngine
{
    private readonly QueryCompiler compiler = new(analyzers);

    public SearchResponse Search(SearchRequest request)
    {
        ArticleSearch.Validate(request);
        var response = ClusterResponseReader.Read(connection.Search(QueryDslTranslator.Translate(request)), request);
        if (response.Total > 0 || EveryArticle.Applies(request))
            return response;

        var compiled = compiler.Compile(request.Query);
        if (compiled.Relaxed is null)
            return response;
        var relaxed = ClusterResponseReader.Read(connection.Search(QueryDslTranslator.Translate(request, compiled.Words)), request);
        return relaxed.Total > 0 ? relaxed with { Relaxed = true, TookMs = response.TookMs + relaxed.TookMs } : response;
    }
}
