using System.Diagnostics;
using System.Globalization;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Store;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Search;

/// <summary>
/// Answers search requests: the query must match as written (see <see cref="QueryCompiler"/>); word
/// matches rank the hits; filters narrow them; facets count the whole result set. When nothing matches
/// as written, a relaxed match over the query's words is tried and flagged.
/// </summary>
public sealed class ArticleSearch(ArchiveIndex index, ArchiveAnalyzers analyzers, SnippetMaker snippets)
{
    public const int MaxPageSize = 100;

    /// <summary>Deep paging is bounded: beyond this many hits, narrow the query instead.</summary>
    public const int MaxWindow = 10_000;

    public const int FacetLimit = 20;

    private readonly QueryCompiler compiler = new(analyzers);

    public SearchResponse Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        Validate(request);
        var compiled = compiler.Compile(request.Query);
        var filters = Filters(request);

        return index.Read(searcher =>
        {
            var relaxed = false;
            var (top, facets) = Run(searcher, compiled.Match, filters, request);
            if (top.TotalHits == 0 && compiled.Relaxed is { } looser)
            {
                (top, facets) = Run(searcher, looser, filters, request);
                relaxed = top.TotalHits > 0;
            }

            // Single characters of a relaxed match would light up half the text.
            IReadOnlyList<string> marked = relaxed ? compiled.Words.Where(w => w.Length > 1).ToList() : compiled.Literals;
            var hits = new List<SearchHit>(request.Size);
            var offset = (request.Page - 1) * request.Size;
            for (var i = offset; i < top.ScoreDocs.Length; i++)
            {
                var scoreDoc = top.ScoreDocs[i];
                var article = ArticleDocuments.Read(searcher.Doc(scoreDoc.Doc));
                var fragments = snippets.Fragments(article, marked);
                hits.Add(new SearchHit(
                    article.Id,
                    article.Title,
                    snippets.Headline(article.Title, marked),
                    article.Subtitle,
                    snippets.Headline(article.Subtitle, marked),
                    string.Join(" ", fragments),
                    fragments,
                    float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score,
                    article.PageId,
                    article.Ordinal,
                    article.Kind,
                    article.Byline,
                    article.Authors.Select(a => a.Name).ToList(),
                    article.Paper,
                    article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    article.Page));
            }

            return new SearchResponse(top.TotalHits, clock.ElapsedMilliseconds, hits, facets, relaxed, request.Page, request.Size);
        });
    }

    public StoredArticle? Get(string id) => index.Read(searcher =>
    {
        var top = searcher.Search(new TermQuery(new Term(ArticleFields.Id, id)), 1);
        return top.TotalHits == 0 ? null : ArticleDocuments.Read(searcher.Doc(top.ScoreDocs[0].Doc));
    });

    private static (TopDocs Top, Facets Facets) Run(IndexSearcher searcher, Query match, IReadOnlyList<Query> filters, SearchRequest request)
    {
        var window = request.Page * request.Size;
        // Sorted by date, scores decide nothing: the match runs as a constant, so no ranking clause is evaluated.
        var byRelevance = request.Sort == SearchSort.Relevance;
        var query = new BooleanQuery { { byRelevance ? match : new ConstantScoreQuery(match), Occur.MUST } };
        foreach (var filter in filters)
            query.Add(new ConstantScoreQuery(filter) { Boost = 0f }, Occur.MUST);

        ITopDocsCollector ranking = byRelevance
            ? TopScoreDocCollector.Create(window, docsScoredInOrder: false)
            : TopFieldCollector.Create(DateSort(request.Sort), window, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false);
        var counting = new FacetCountingCollector((ICollector)ranking);
        searcher.Search(query, counting);
        return (ranking.GetTopDocs(), counting.Result(FacetLimit));
    }

    private static Sort DateSort(SearchSort sort)
    {
        var descending = sort == SearchSort.DateDescending;
        // Undated articles go last either way; articles of the same day stay in index order (page, then position on it).
        var byDate = new SortField(ArticleDocuments.DateNumber, SortFieldType.INT64, descending);
        byDate.SetMissingValue(descending ? long.MinValue : long.MaxValue);
        return new Sort(byDate);
    }

    /// <summary>
    /// The filters of a request. Page records need no filter of their own: every match requires an
    /// exact-match field, which only articles have.
    /// </summary>
    private static List<Query> Filters(SearchRequest request)
    {
        var filters = new List<Query>();
        if (request.From is not null || request.To is not null)
        {
            filters.Add(NumericRangeQuery.NewInt32Range(
                ArticleDocuments.DateNumber,
                request.From is { } from ? DayNumber(from) : null,
                request.To is { } to ? DayNumber(to) : null,
                minInclusive: true,
                maxInclusive: true));
        }

        if (!string.IsNullOrWhiteSpace(request.Paper))
            filters.Add(new TermQuery(new Term(ArticleFields.Paper, request.Paper.Trim())));
        if (!string.IsNullOrWhiteSpace(request.Author))
            filters.Add(new TermQuery(new Term(ArticleFields.Author, request.Author.Trim())));
        if (!string.IsNullOrWhiteSpace(request.Kind))
            filters.Add(new TermQuery(new Term(ArticleFields.Kind, request.Kind.Trim().ToLowerInvariant())));
        return filters;
    }

    public static int DayNumber(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    private static void Validate(SearchRequest request)
    {
        if (request.Size is < 1 or > MaxPageSize)
            throw new InvalidSearchException($"size must be between 1 and {MaxPageSize}.");
        if (request.Page < 1)
            throw new InvalidSearchException("page must be 1 or more.");
        if ((long)request.Page * request.Size > MaxWindow)
            throw new InvalidSearchException($"Results are available up to hit {MaxWindow}; narrow the query or add filters to see further.");
        if (request.From is { } from && request.To is { } to && from > to)
            throw new InvalidSearchException("from must not be later than to.");
    }
}
