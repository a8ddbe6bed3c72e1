using ArchiveSearch.Index.Schema;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Search;

/// <summary>
/// The <c>author</c> filter matches as the query's <c>author:</c> does, so <c>author=刘</c> and <c>author:刘</c>
/// find the same articles: the name as written inside a credited name or the byline.
/// </summary>
public static class AuthorFilter
{
    public static Query For(string name) =>
        ExactQueries.Contains(ExactField.Author, name.Trim())
        ?? throw new InvalidSearchException(SearchProblem.AuthorWithoutText, $"author '{name}' has nothing to search for.", ("author", name));
}
