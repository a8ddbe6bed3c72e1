using Lucene.Net.Search;

namespace ArchiveSearch.Index.Search;

/// <summary>What a search without a query matches: every article the filters let through, nothing marked.</summary>
public static class EveryArticle
{
    public static CompiledQuery Compiled() => new(new MatchAllDocsQuery(), null, [], []);

    public static bool Applies(SearchRequest request) => string.IsNullOrWhiteSpace(request.Query);

    /// <summary>Without a query there is nothing to rank by: relevance means newest first.</summary>
    public static SearchSort Sort(SearchRequest request) =>
        Applies(request) && request.Sort == SearchSort.Relevance ? SearchSort.DateDescending : request.Sort;
}
