using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Index.ClusterSearch;

/// <summary>
/// Searches a cluster loaded with the export: the request checked as the index checks it, translated to the query DSL,
/// and the cluster's answer read back into the index's response shape. Nothing matched as written gives no hits: the
/// relaxed match over the query's words is not sent to a cluster.
/// </summary>
public sealed class ClusterSearchEngine(ClusterConnection connection) : ISearchEngine
{
    public SearchResponse Search(SearchRequest request)
    {
        ArticleSearch.Validate(request);
        var body = QueryDslTranslator.Translate(request);
        return ClusterResponseReader.Read(connection.Search(body), request);
    }
}
