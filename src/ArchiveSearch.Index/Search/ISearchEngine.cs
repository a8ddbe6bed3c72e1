namespace ArchiveSearch.Index.Search;

/// <summary>
/// What answers a search: the index on this machine (<see cref="ArticleSearch"/>) or a cluster loaded with the export.
/// Either answers the same request with the same response shape, and refuses the same bad requests the same way.
/// </summary>
public interface ISearchEngine
{
    SearchResponse Search(SearchRequest request);
}
