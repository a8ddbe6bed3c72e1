using System.Diagnostics;
using System.Globalization;
using ArchiveSearch.Index.Permalinks;
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
public sealed class ArticleSearch(ArchiveIndex index, ArchiveAnalyzers analyzers, SnippetMaker snippets) : ISearchEngine
{
    public const int MaxPageSize = 100;

    /// <summary>A search without facets may ask for this many hits at once; an export reads its articles in batches of this size.</summary>
    public const int MaxExportBatch = 1000;

    /// <summary>Deep paging is bounded: beyond this many hits, narrow the query instead.</summary>
    public const int MaxWindow = 10_000;

    public const int FacetLimit = 20;

    /// <summary>The most facet values one answer lists (a "more" of the author facet asks for this many).</summary>
    public const int MaxFacetLimit = 500;

    private readonly QueryCompiler compiler = new(analyzers);

    public SearchResponse Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        var (compiled, sort, filters) = Prepare(request);
        var after = request.After is { } cursor ? SearchCursor.Decode(cursor, sort) : null;
        SearchStages.Lap("parse");

        return index.Read(searcher =>
        {
            var relaxed = false;
            var (top, facets, dates) = Run(searcher, compiled.Match, filters, request, sort, after);
            if (top.TotalHits == 0 && compiled.Relaxed is { } looser)
            {
                (top, facets, dates) = Run(searcher, looser, filters, request, sort, after);
                relaxed = top.TotalHits > 0;
            }

            SearchStages.Lap("facet_values");

            var marks = Marks(compiled, relaxed);
            var hits = new List<SearchHit>(request.Size);
            var offset = after is null ? (request.Page - 1) * request.Size : 0;
            var end = Math.Min(top.ScoreDocs.Length, offset + request.Size);
            for (var i = offset; i < end; i++)
            {
                var scoreDoc = top.ScoreDocs[i];
                var article = ArticleDocuments.Read(searcher.Doc(scoreDoc.Doc));
                SearchStages.Lap("stored_fields");
                hits.Add(Hit(article, scoreDoc.Score, marks));
                SearchStages.Lap("snippets");
            }

            // One hit more than asked for was collected: it says whether there is a next page.
            var next = top.ScoreDocs.Length > end && end > offset ? SearchCursor.Encode(sort, ((FieldDoc)top.ScoreDocs[end - 1]).Fields) : null;
            return new SearchResponse(top.TotalHits, clock.ElapsedMilliseconds, hits, facets, relaxed, request.Page, request.Size, next, dates, SortName(sort));
        });
    }

    /// <summary>A request validated and compiled, with its sort and filters: shared by paged searches and exports.</summary>
    internal (CompiledQuery Compiled, SearchSort Sort, List<Query> Filters) Prepare(SearchRequest request)
    {
        Validate(request);
        var compiled = EveryArticle.Applies(request) ? EveryArticle.Compiled() : compiler.Compile(request.Query);
        return (compiled, EveryArticle.Sort(request), Filters(request));
    }

    /// <summary>What the snippets mark: single characters of a relaxed match would light up half the text.</summary>
    internal static IReadOnlyList<string> Marks(CompiledQuery compiled, bool relaxed) =>
        relaxed ? compiled.Words.Where(w => w.Length > 1).ToList() : compiled.Marks;

    /// <summary>The match under the filters; sorted by date, scores decide nothing, so the match runs as a constant.</summary>
    internal static Query Filtered(Query match, IReadOnlyList<Query> filters, SearchSort sort)
    {
        var query = new BooleanQuery { { sort == SearchSort.Relevance ? match : new ConstantScoreQuery(match), Occur.MUST } };
        foreach (var filter in filters)
            query.Add(new ConstantScoreQuery(filter) { Boost = 0f }, Occur.MUST);
        return query;
    }

    internal SearchHit Hit(StoredArticle article, float score, IReadOnlyList<string> marks)
    {
        var fragments = article.Kind == PageLinesDocuments.HitKind ? snippets.Lines(article, marks) : snippets.Fragments(article, marks);
        return new SearchHit(
            article.Id,
            article.Title,
            snippets.Headline(article.Title, marks),
            article.Subtitle,
            snippets.Headline(article.Subtitle, marks),
            string.Join(" ", fragments),
            fragments,
            float.IsNaN(score) ? 0f : score,
            article.PageId,
            article.Ordinal,
            article.Kind,
            article.Byline,
            article.Authors.Select(a => a.Name).ToList(),
            article.Paper,
            article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            article.Page,
            ArticleLinks.Url(article.Id),
            snippets.Headline(article.Byline, marks))
        {
            Cut = article.Cut,
        };
    }

    public StoredArticle? Get(string id) => index.Read(searcher =>
    {
        var top = searcher.Search(new TermQuery(new Term(ArticleFields.Id, id)), 1);
        return top.TotalHits == 0 ? null : ArticleDocuments.Read(searcher.Doc(top.ScoreDocs[0].Doc));
    });

    private static (TopDocs Top, Facets Facets, DateFacets Dates) Run(
        IndexSearcher searcher, Query match, IReadOnlyList<Query> filters, SearchRequest request, SearchSort sort, FieldDoc? after)
    {
        var query = Filtered(match, filters, sort);

        var window = (after is null ? request.Page * request.Size : request.Size) + 1;
        var shownFrom = after is null ? (request.Page - 1) * request.Size : 0;
        var ranking = new HitWindowCollector(searcher, sort, window, after);
        if (!request.WithFacets)
        {
            searcher.Search(query, ranking);
            SearchStages.Lap("collect");
            SearchStages.CountProbe(searcher, query);
            return (ranking.TopDocs(shownFrom), new Facets([], [], [], []), DateFacets.None);
        }

        var dates = new DateHistogramCollector(ranking);
        var counting = new FacetCountingCollector(dates);
        searcher.Search(query, counting);
        SearchStages.Lap("collect");
        SearchStages.CountProbe(searcher, query);
        return (ranking.TopDocs(shownFrom), counting.Result(request.FacetLimit), dates.Result());
    }

    /// <summary>The sort as an answer names it.</summary>
    internal static string SortName(SearchSort sort) => sort switch
    {
        SearchSort.DateAscending => "date",
        SearchSort.DateDescending => "-date",
        _ => "relevance",
    };

    /// <summary>
    /// The filters of a request. A query needs no filter against page records: every match requires an
    /// exact-match field, which only articles and the lines of a page that are in no article have. Browsing
    /// without a query matches every document, so it keeps to articles.
    /// </summary>
    private static List<Query> Filters(SearchRequest request)
    {
        var filters = new List<Query>();
        if (EveryArticle.Applies(request))
            filters.Add(new TermQuery(new Term(ArticleFields.DocType, DocTypes.Article)));
        if (request.From is not null || request.To is not null)
        {
            filters.Add(NumericRangeQuery.NewInt32Range(
                ArticleDocuments.DateNumber,
                request.From is { } from ? ArticleDocuments.DayNumber(from) : null,
                request.To is { } to ? ArticleDocuments.DayNumber(to) : null,
                minInclusive: true,
                maxInclusive: true));
        }

        if (!string.IsNullOrWhiteSpace(request.Paper))
            filters.Add(new TermQuery(new Term(ArticleFields.Paper, request.Paper.Trim())));
        if (!string.IsNullOrWhiteSpace(request.Author))
            filters.Add(AuthorFilter.For(request.Author));
        if (!string.IsNullOrWhiteSpace(request.Kind))
            filters.Add(new TermQuery(new Term(ArticleFields.Kind, request.Kind.Trim().ToLowerInvariant())));
        if (!string.IsNullOrWhiteSpace(request.Cut))
            filters.Add(new TermQuery(new Term(ArticleCut.VerdictField, request.Cut.Trim().ToLowerInvariant())));
        if (request.FrontPage)
            filters.Add(FrontPageFilter.Create());
        return filters;
    }


    /// <summary>Refuses what no engine answers: sizes, pages, cursors with page numbers, unknown verdicts, reversed dates.</summary>
    internal static void Validate(SearchRequest request)
    {
        var maxSize = request.WithFacets ? MaxPageSize : MaxExportBatch;
        if (request.Size < 1 || request.Size > maxSize)
            throw new InvalidSearchException(SearchProblem.SizeOutOfRange, $"size must be between 1 and {maxSize}.", ("limit", maxSize));
        if (request.FacetLimit < 1 || request.FacetLimit > MaxFacetLimit)
            throw new InvalidSearchException(SearchProblem.FacetsOutOfRange, $"facets must be between 1 and {MaxFacetLimit}.", ("limit", MaxFacetLimit));
        if (request.Page < 1)
            throw new InvalidSearchException(SearchProblem.PageBelowOne, "page must be 1 or more.");
        if (request.After is not null && request.Page != 1)
            throw new InvalidSearchException(SearchProblem.PageWithCursor, "page and after cannot be combined: after continues from a cursor.");
        // A cursor pages through any number of hits; page numbers only up to the window.
        if (request.After is null && (long)request.Page * request.Size > MaxWindow)
            throw new InvalidSearchException(SearchProblem.BeyondPageWindow,
                $"Results are available up to hit {MaxWindow} by page number; narrow the query, or page on with the 'after' cursor (the 'next' of each answer).", ("limit", MaxWindow));
        if (!string.IsNullOrWhiteSpace(request.Cut) && !Verdicts.IsKnown(request.Cut.Trim().ToLowerInvariant()))
            throw new InvalidSearchException(SearchProblem.UnknownCut, $"cut must be sure or unsure, not '{request.Cut}'.", ("value", request.Cut));
        if (request.From is { } from && request.To is { } to && from > to)
            throw new InvalidSearchException(SearchProblem.DatesReversed, "from must not be later than to.");
    }
}
