using System.Globalization;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Store;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Search;

/// <summary>
/// Earlier coverage: articles that share the most distinctive words (by tf-idf over the SmartCN word
/// fields) with an article or with a draft text, optionally only those published before a date.
/// </summary>
public sealed class SimilarArticles(ArchiveIndex index, ArchiveAnalyzers analyzers)
{
    public const int MaxSize = 50;
    private const int MinDocsForCommonWordCut = 200;
    private static readonly string[] Fields = [ArticleFields.Title, ArticleFields.Body];

    public SimilarResponse? ForArticle(string id, DateOnly? before, int size) => index.Read(searcher =>
    {
        var top = searcher.Search(new TermQuery(new Term(ArticleFields.Id, id)), 1);
        if (top.TotalHits == 0)
            return null;
        var article = ArticleDocuments.Read(searcher.Doc(top.ScoreDocs[0].Doc));
        return Find(searcher, article.Title + "\n" + article.Body, before, size, exclude: id);
    });

    public SimilarResponse ForText(string text, SimilarRequest request) => ForText(text, request.Before, request.Size);

    public SimilarResponse ForText(string text, DateOnly? before, int size)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new InvalidSearchException("text is empty: paste the draft to compare.");
        return index.Read(searcher => Find(searcher, text, before, size, exclude: null));
    }

    private SimilarResponse Find(IndexSearcher searcher, string text, DateOnly? before, int size, string? exclude)
    {
        if (size is < 1 or > MaxSize)
            throw new InvalidSearchException($"size must be between 1 and {MaxSize}.");
        var mlt = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = analyzers.Words,
            FieldNames = Fields,
            MinTermFreq = 1,
            MinDocFreq = 1,
            MinWordLen = 2,
            MaxQueryTerms = 25,
            ApplyBoost = true,
        };
        // Words in a large share of the archive say nothing about a story; in a small archive every
        // shared word is that common, so the cut applies only once there are enough articles.
        if (searcher.IndexReader.NumDocs >= MinDocsForCommonWordCut)
            mlt.SetMaxDocFreqPct(20);

        var terms = mlt.RetrieveInterestingTerms(new StringReader(text), ArticleFields.Body);
        // One query over both fields: each term goes to the field where it is most common.
        var like = mlt.Like(new StringReader(text), ArticleFields.Body);

        var query = new BooleanQuery
        {
            { like, Occur.MUST },
            { new ConstantScoreQuery(new TermQuery(new Term(ArticleFields.DocType, DocTypes.Article))) { Boost = 0f }, Occur.MUST },
        };
        if (exclude is not null)
            query.Add(new TermQuery(new Term(ArticleFields.Id, exclude)), Occur.MUST_NOT);
        if (before is { } day)
            query.Add(new ConstantScoreQuery(NumericRangeQuery.NewInt32Range(ArticleDocuments.DateNumber, null, ArticleSearch.DayNumber(day), true, false)) { Boost = 0f }, Occur.MUST);

        var top = searcher.Search(query, size);
        var results = new List<RelatedArticle>(top.ScoreDocs.Length);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            var article = ArticleDocuments.Read(searcher.Doc(scoreDoc.Doc));
            var own = new HashSet<string>(WordQueries.Terms(analyzers.Words, ArticleFields.Body, article.Title + "\n" + article.Body), StringComparer.Ordinal);
            results.Add(new RelatedArticle(
                article.Id,
                article.Title,
                article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                article.Paper,
                article.Page, "", "",
                terms.Where(own.Contains).Take(8).ToList(), null,
                scoreDoc.Score, article.Kind, article.PageId, article.Ordinal));
        }

        return new SimilarResponse(null, null, "relevance", terms, results);
    }
}
