using System.Diagnostics;
using System.Net;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Store;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Search;

/// <summary>Answers search requests: every typed term must occur as written; word matches rank the hits.</summary>
public sealed class ArticleSearch(ArchiveIndex index, ArchiveAnalyzers analyzers)
{
    public const int MaxPageSize = 100;
    public const int MaxPage = 1000;

    public SearchResponse Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        var parts = request.Query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
            throw new InvalidSearchException("The query is empty: type at least one word.");
        if (request.Page < 1 || request.Page > MaxPage)
            throw new InvalidSearchException($"page must be between 1 and {MaxPage}.");
        if (request.Size < 1 || request.Size > MaxPageSize)
            throw new InvalidSearchException($"size must be between 1 and {MaxPageSize}.");

        var query = new BooleanQuery { { new ConstantScoreQuery(new TermQuery(new Term(ArticleFields.DocType, DocTypes.Article))) { Boost = 0f }, Occur.MUST } };
        foreach (var part in parts)
        {
            var exact = ExactQueries.ContainsInAny(ArticleFields.Text.Select(ArticleFields.Exact), part);
            if (exact is null)
                continue;
            query.Add(new ConstantScoreQuery(exact) { Boost = 0f }, Occur.MUST);
            AddRanking(query, part);
        }

        var offset = (request.Page - 1) * request.Size;
        return index.Read(searcher =>
        {
            var top = searcher.Search(query, offset + request.Size);
            var hits = new List<SearchHit>();
            for (var i = offset; i < top.ScoreDocs.Length; i++)
            {
                var article = ArticleDocuments.Read(searcher.Doc(top.ScoreDocs[i].Doc));
                hits.Add(new SearchHit(
                    article.Id,
                    article.Title,
                    SimpleSnippet(article.Body, parts),
                    top.ScoreDocs[i].Score,
                    article.PageId,
                    article.Ordinal,
                    article.Byline,
                    article.Paper,
                    article.Date?.ToString("yyyy-MM-dd")));
            }

            return new SearchResponse(top.TotalHits, clock.ElapsedMilliseconds, hits);
        });
    }

    public StoredArticle? Get(string id) => index.Read(searcher =>
    {
        var top = searcher.Search(new TermQuery(new Term(ArticleFields.Id, id)), 1);
        return top.TotalHits == 0 ? null : ArticleDocuments.Read(searcher.Doc(top.ScoreDocs[0].Doc));
    });

    private void AddRanking(BooleanQuery query, string part)
    {
        if (WordQueries.AnyTerm(analyzers.Words, ArticleFields.Title, part, boost: 3f) is { } title)
            query.Add(title, Occur.SHOULD);
        if (WordQueries.AnyTerm(analyzers.Words, ArticleFields.Body, part) is { } body)
            query.Add(body, Occur.SHOULD);
    }

    private static string SimpleSnippet(string body, string[] parts)
    {
        var at = parts.Select(p => body.IndexOf(p, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, at - 30);
        var text = body.Substring(start, Math.Min(100, body.Length - start));
        return WebUtility.HtmlEncode(text);
    }
}
