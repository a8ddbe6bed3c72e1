using System.Net;
using ArchiveSearch.Index.Schema;

namespace ArchiveSearch.Index.Search;

/// <summary>Chooses the passages of an article shown under a hit, with the matches marked.</summary>
public sealed class SnippetMaker
{
    public IReadOnlyList<string> Fragments(StoredArticle article, IReadOnlyList<string> words, IReadOnlyList<string> literals)
    {
        var body = article.Body;
        var at = words.Select(p => body.IndexOf(p, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, at - 30);
        return [WebUtility.HtmlEncode(body.Substring(start, Math.Min(100, body.Length - start)))];
    }
}
