using System.Globalization;
using ArchiveSearch.Analysis.Exact;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Index.Permalinks;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Store;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Coverage;

/// <summary>
/// Earlier coverage: the articles that share enough distinctive content with an article or a draft. The draft
/// is reduced to its distinctive words and names (news filler, numbers and dates never count), each weighted
/// by its rarity in the archive; an article's score is the share of that weight it holds. Articles below the
/// calibrated thresholds (<see cref="CoverageThresholds"/>) are not returned, so a story the archive never
/// covered gets an empty answer and a message saying so.
/// </summary>
public sealed class CoverageSearch(ArchiveIndex index, ArchiveAnalyzers analyzers, SnippetMaker snippets)
{
    public const int MaxSize = 50;

    public const string NothingRelated = "Nothing related was found: no article in the archive shares enough distinctive content with this draft.";
    public const string NothingDistinctive = "Nothing related was found: the draft has no distinctive words to compare, only news filler, numbers and dates.";

    /// <summary>Candidates taken from the index and scored in full; bounded, so the cost does not grow with the archive.</summary>
    private const int Candidates = 60;

    /// <summary>The weightiest units that make up the candidate query.</summary>
    private const int QueryUnits = 32;

    private const int SharedTermsShown = 8;

    public CoverageResponse? ForArticle(string id, CoverageRequest request) => index.Read(searcher =>
    {
        var top = searcher.Search(new TermQuery(new Term(ArticleFields.Id, id)), 1);
        if (top.TotalHits == 0)
            return null;
        var article = ArticleDocuments.Read(searcher.Doc(top.ScoreDocs[0].Doc));
        SearchStages.Lap(CoverageStages.StoredFields);
        return Find(searcher, Text(article), request with { DraftDate = request.DraftDate ?? article.Date }, exclude: id);
    });

    public CoverageResponse ForText(string text, CoverageRequest request)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new InvalidSearchException(SearchProblem.DraftEmpty, "text is empty: paste the draft to compare.");
        return index.Read(searcher => Find(searcher, text, request, exclude: null));
    }

    private CoverageResponse Find(IndexSearcher searcher, string text, CoverageRequest request, string? exclude)
    {
        if (request.Size is < 1 or > MaxSize)
            throw new InvalidSearchException(SearchProblem.SizeOutOfRange, $"size must be between 1 and {MaxSize}.", ("limit", MaxSize));
        var profile = DraftProfiler.Profile(searcher, analyzers.Words, text);
        var terms = profile.Units.Select(u => u.Text).ToList();
        if (profile.IsEmpty)
            return Answer(request, terms, [], NothingDistinctive);

        var related = new List<(StoredArticle Article, double Score, List<ContentUnit> Shared)>();
        var candidates = searcher.Search(CandidateQuery(profile, request, exclude), Candidates).ScoreDocs;
        SearchStages.Lap(CoverageStages.Candidates);
        foreach (var scoreDoc in candidates)
        {
            var article = ArticleDocuments.Read(searcher.Doc(scoreDoc.Doc));
            SearchStages.Lap(CoverageStages.StoredFields);
            var folded = ExactTextFolding.Fold(Text(article));
            var shared = profile.Units.Where(u => DraftProfiler.Holds(u, folded) && WholeUnits.Holds(analyzers.Words, u, folded)).ToList();
            SearchStages.Lap(CoverageStages.SharedUnits);
            var score = shared.Sum(u => u.Weight) / profile.TotalWeight;
            if (request.Thresholds.Admits(score, shared.Count))
                related.Add((article, score, shared));
        }

        var ordered = request.Sort == CoverageSort.Date
            ? related.OrderBy(r => r.Article.Date ?? DateOnly.MaxValue).ThenByDescending(r => r.Score)
            : related.OrderByDescending(r => r.Score).ThenBy(r => r.Article.Date ?? DateOnly.MaxValue);
        var articles = ordered.Take(request.Size).Select(r => Describe(r.Article, r.Score, r.Shared, request.DraftDate)).ToList();
        SearchStages.Lap(CoverageStages.Snippets);
        return Answer(request, terms, articles, articles.Count == 0 ? NothingRelated : null);
    }

    private static CoverageResponse Answer(CoverageRequest request, List<string> terms, List<CoverageArticle> articles, string? message) => new(
        message,
        request.DraftDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        request.Sort == CoverageSort.Date ? "date" : "relevance",
        terms,
        articles);

    private CoverageArticle Describe(StoredArticle article, double score, List<ContentUnit> shared, DateOnly? draftDate)
    {
        var sharedTerms = shared.Take(SharedTermsShown).Select(u => u.Text).ToList();
        var fragments = snippets.Fragments(article, shared.Select(u => u.Text).ToList());
        return new CoverageArticle(
            article.Id,
            article.Title,
            article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            article.Paper,
            article.Page,
            ArticleLinks.Url(article.Id),
            string.Join("", fragments.Take(2)),
            sharedTerms,
            draftDate is { } day && article.Date is { } published ? published < day : null,
            Math.Round(score, 3),
            article.Kind,
            article.PageId,
            article.Ordinal);
    }

    /// <summary>Any of the draft's weightiest units, each boosted by its weight; only articles, only before the date asked.</summary>
    private static Query CandidateQuery(DraftProfile profile, CoverageRequest request, string? exclude)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var unit in profile.Units.Where(u => u.DocFreq > 0).Take(QueryUnits))
        {
            if (unit.IsName)
            {
                if (ExactQueries.Contains(ExactField.Text, unit.Text) is { } exact)
                {
                    exact.Boost = (float)unit.Weight;
                    any.Add(exact, Occur.SHOULD);
                }
            }
            else
            {
                foreach (var field in new[] { ArticleFields.Title, ArticleFields.Body })
                    any.Add(new TermQuery(new Term(field, unit.Text)) { Boost = (float)unit.Weight }, Occur.SHOULD);
            }
        }

        var query = new BooleanQuery
        {
            { any, Occur.MUST },
            { new ConstantScoreQuery(new TermQuery(new Term(ArticleFields.DocType, DocTypes.Article))) { Boost = 0f }, Occur.MUST },
        };
        if (exclude is not null)
            query.Add(new TermQuery(new Term(ArticleFields.Id, exclude)), Occur.MUST_NOT);
        if (request.Before is { } day)
            query.Add(new ConstantScoreQuery(NumericRangeQuery.NewInt32Range(ArticleDocuments.DateNumber, null, ArticleDocuments.DayNumber(day), true, false)) { Boost = 0f }, Occur.MUST);
        return query;
    }

    private static string Text(StoredArticle article) => string.Join("\n", new[] { article.Title, article.Subtitle, article.Body }.Where(t => !string.IsNullOrEmpty(t)));
}
