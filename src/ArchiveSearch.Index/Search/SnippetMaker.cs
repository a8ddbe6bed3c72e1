using ArchiveSearch.Index.Highlighting;
using ArchiveSearch.Index.Schema;

namespace ArchiveSearch.Index.Search;

/// <summary>Chooses the passages of an article shown under a hit, with the matches marked.</summary>
public sealed class SnippetMaker
{
    private readonly Highlighter highlighter = new();

    /// <summary>Passages of the body around the occurrences of the query's strings, as safe HTML.</summary>
    public IReadOnlyList<string> Fragments(StoredArticle article, IReadOnlyList<string> strings) =>
        highlighter.Fragments(article.Body, MatchFinder.Find(article.Body, strings));
}
