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

    private const int SharedTermsShown = 8;

    public CoverageResponse? ForArticle(string id, CoverageRequest request) => index.Read(searcher =>
    {
        var top = searcher.Search(new TermQuery(new Term(ArticleFields.Id, id)), 1);
        if (top.TotalHits == 0)
            return null;
        var doc = top.ScoreDocs[0].Doc;
        var article = ArticleDocuments.Read(searcher.Doc(doc));
        SearchStages.Lap(CoverageStages.StoredFields);
        return Find(searcher, Text(article), request with { DraftDate = request.DraftDate ?? article.Date }, excludedDoc: doc);
    });

    public CoverageResponse ForText(string text, CoverageRequest request)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new InvalidSearchException(SearchProblem.DraftEmpty, "text is empty: paste the draft to compare.");
        return index.Read(searcher => Find(searcher, text, request, excludedDoc: null));
    }

    private CoverageResponse Find(IndexSearcher searcher, string text, CoverageRequest request, int? excludedDoc)
    {
        if (request.Size is < 1 or > MaxSize)
            throw new InvalidSearchException(SearchProblem.SizeOutOfRange, $"size must be between 1 and {MaxSize}.", ("limit", MaxSize));
        var postings = new WordPostings(searcher.IndexReader);
        var profile = DraftProfiler.Profile(searcher, analyzers.Words, text, postings);
        var terms = profile.Units.Select(u => u.Text).ToList();
        if (profile.IsEmpty)
            return Answer(request, terms, [], NothingDistinctive);

        var filter = new CandidateFilter(excludedDoc, request.Before);
        var candidates = CandidateSelection.Select(searcher.IndexReader, profile, postings, filter, request.Thresholds);
        SearchStages.Lap(CoverageStages.Candidates);
        var names = profile.Units.Where(u => u.IsName).ToList();
        var related = new List<(StoredArticle Article, double Score, List<ContentUnit> Shared)>();
        foreach (var candidate in candidates)
        {
            // The names are read from the text, and only where holding them all could carry the article over the thresholds.
            var words = candidate.Words;
            var wordWeight = words.Sum(u => u.Weight);
            if (!request.Thresholds.Admits((wordWeight + names.Sum(u => u.Weight)) / profile.TotalWeight, words.Count + names.Count))
                continue;
            var article = ArticleDocuments.Read(searcher.Doc(candidate.Doc));
            SearchStages.Lap(CoverageStages.StoredFields);
            var held = new HashSet<ContentUnit>(words);
            if (names.Count > 0)
            {
                var folded = ExactTextFolding.Fold(Text(article));
                held.UnionWith(names.Where(u => DraftProfiler.Holds(u, folded) && WholeUnits.Holds(analyzers.Words, u, folded)));
            }

            var shared = profile.Units.Where(held.Contains).ToList();
            var score = shared.Sum(u => u.Weight) / profile.TotalWeight;
            SearchStages.Lap(CoverageStages.SharedUnits);
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

    private static string Text(StoredArticle article) => string.Join("\n", new[] { article.Title, article.Subtitle, article.Body }.Where(t => !string.IsNullOrEmpty(t)));
}
