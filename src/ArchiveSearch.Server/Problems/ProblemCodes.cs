using System.Reflection;
using ArchiveSearch.Index.Querying;
using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Server.Problems;

/// <summary>
/// Every error code the API answers with, in one place. A code is <c>subject.what_is_wrong</c>: the subject is the
/// query, a parameter, the thing asked for, or the request as a whole; the part after the dot says what is wrong.
/// Codes never change once published; <c>wwwroot/problem-texts.json</c> says each in Chinese for the pages.
/// </summary>
public static class ProblemCodes
{
    private const int BadRequest = StatusCodes.Status400BadRequest;
    private const string CannotAnswer = "The request cannot be answered as asked";
    private const string QuerySyntax = "The query cannot be read";

    // The query as typed.
    public static readonly ProblemCode QueryTooLong = new("query.too_long", BadRequest, QuerySyntax, "length", "limit");
    public static readonly ProblemCode QueryEmpty = new("query.empty", BadRequest, QuerySyntax);
    public static readonly ProblemCode QueryTooManyTerms = new("query.too_many_terms", BadRequest, QuerySyntax, "terms", "limit");
    public static readonly ProblemCode QueryNestedTooDeep = new("query.nested_too_deep", BadRequest, QuerySyntax, "limit");
    public static readonly ProblemCode QueryQuoteNotClosed = new("query.quote_not_closed", BadRequest, QuerySyntax, "position");
    public static readonly ProblemCode QueryParenthesisNotClosed = new("query.parenthesis_not_closed", BadRequest, QuerySyntax, "position");
    public static readonly ProblemCode QueryParenthesisNotOpened = new("query.parenthesis_not_opened", BadRequest, QuerySyntax, "position");
    public static readonly ProblemCode QueryParenthesesEmpty = new("query.parentheses_empty", BadRequest, QuerySyntax, "position");
    public static readonly ProblemCode QueryOrWithoutTermBefore = new("query.or_without_term_before", BadRequest, QuerySyntax, "position");
    public static readonly ProblemCode QueryOrWithoutTermAfter = new("query.or_without_term_after", BadRequest, QuerySyntax, "position");
    public static readonly ProblemCode QueryExclusionWithoutTerm = new("query.exclusion_without_term", BadRequest, QuerySyntax, "position", "operator");
    public static readonly ProblemCode QueryFieldWithoutTerm = new("query.field_without_term", BadRequest, QuerySyntax, "position", "field");
    public static readonly ProblemCode QueryProximityTooWide = new("query.proximity_too_wide", BadRequest, QuerySyntax, "position", "limit");
    public static readonly ProblemCode QueryUnexpectedToken = new("query.unexpected_token", BadRequest, QuerySyntax, "position", "text");
    public static readonly ProblemCode QueryOnlyExclusions = new("query.only_exclusions", BadRequest, QuerySyntax);
    public static readonly ProblemCode QueryOrJoinsExclusion = new("query.or_joins_exclusion", BadRequest, QuerySyntax);
    public static readonly ProblemCode QueryTermWithoutText = new("query.term_without_text", BadRequest, CannotAnswer, "term");

    // Parameters of a search, an export, a trend or earlier coverage.
    public static readonly ProblemCode AuthorWithoutText = new("author.without_text", BadRequest, CannotAnswer, "author");
    public static readonly ProblemCode SizeOutOfRange = new("size.out_of_range", BadRequest, CannotAnswer, "limit");
    public static readonly ProblemCode FacetsOutOfRange = new("facets.out_of_range", BadRequest, CannotAnswer, "limit");
    public static readonly ProblemCode ResultsPageBelowOne = new("results.page_below_one", BadRequest, CannotAnswer);
    public static readonly ProblemCode ResultsPageWithCursor = new("results.page_with_cursor", BadRequest, CannotAnswer);
    public static readonly ProblemCode ResultsBeyondWindow = new("results.beyond_window", BadRequest, CannotAnswer, "limit");
    public static readonly ProblemCode ResultsCursorInvalid = new("results.cursor_invalid", BadRequest, CannotAnswer);
    public static readonly ProblemCode ResultsCursorOtherSort = new("results.cursor_other_sort", BadRequest, CannotAnswer);
    public static readonly ProblemCode CutUnknown = new("cut.unknown", BadRequest, CannotAnswer, "value");
    public static readonly ProblemCode SortUnknown = new("sort.unknown", BadRequest, CannotAnswer, "value");
    public static readonly ProblemCode FormatUnknown = new("format.unknown", BadRequest, CannotAnswer, "value");
    public static readonly ProblemCode RelaxedUnknown = new("relaxed.unknown", BadRequest, CannotAnswer, "value");
    public static readonly ProblemCode DateInvalid = new("date.invalid", BadRequest, CannotAnswer, "parameter", "value");
    public static readonly ProblemCode DateRangeReversed = new("date.range_reversed", BadRequest, CannotAnswer);
    public static readonly ProblemCode DateNotYearOrDay = new("date.not_year_or_day", BadRequest, CannotAnswer, "value");
    public static readonly ProblemCode TrendPeriodUnknown = new("trend.period_unknown", BadRequest, CannotAnswer, "value");
    public static readonly ProblemCode TrendWithoutQuery = new("trend.without_query", BadRequest, CannotAnswer);
    public static readonly ProblemCode TrendTooManyQueries = new("trend.too_many_queries", BadRequest, CannotAnswer, "count", "limit");
    public static readonly ProblemCode TrendTooManyPoints = new("trend.too_many_points", BadRequest, CannotAnswer, "count", "limit");
    public static readonly ProblemCode CoverageDraftEmpty = new("coverage.draft_empty", BadRequest, CannotAnswer);
    public static readonly ProblemCode CoverageBodyEmpty = new("coverage.body_empty", BadRequest, CannotAnswer);
    public static readonly ProblemCode CoverageBodyNotJson = new("coverage.body_not_json", BadRequest, CannotAnswer);
    public static readonly ProblemCode CoverageDraftTooLarge = new("coverage.draft_too_large", StatusCodes.Status413PayloadTooLarge, "The draft is too large", "limit");

    // The thing asked for.
    public static readonly ProblemCode ArticleNotFound = new("article.not_found", StatusCodes.Status404NotFound, "Not found", "id");
    public static readonly ProblemCode ArticleMovedToPage = new("article.moved_to_page", StatusCodes.Status404NotFound, "Not found", "id", "page");
    public static readonly ProblemCode PaperNotFound = new("paper.not_found", StatusCodes.Status404NotFound, "Not found", "paper");
    public static readonly ProblemCode PageNotFound = new("page.not_found", StatusCodes.Status404NotFound, "Not found", "key");

    // Corrections of a page's cut.
    private const string NotCorrected = "The correction was not made";
    public static readonly ProblemCode CorrectionKindUnknown = new("correction.kind_unknown", BadRequest, NotCorrected, "kinds");
    public static readonly ProblemCode CorrectionFieldTooLong = new("correction.field_too_long", BadRequest, NotCorrected, "limit");
    public static readonly ProblemCode CorrectionItemUnknown = new("correction.item_unknown", BadRequest, NotCorrected, "item");
    public static readonly ProblemCode CorrectionMergeNeedsItems = new("correction.merge_needs_items", BadRequest, NotCorrected);
    public static readonly ProblemCode CorrectionCreditNeedsItem = new("correction.credit_needs_item", BadRequest, NotCorrected);
    public static readonly ProblemCode CorrectionSetNeedsItem = new("correction.set_needs_item", BadRequest, NotCorrected);
    public static readonly ProblemCode CorrectionSetNeedsField = new("correction.set_needs_field", BadRequest, NotCorrected);
    public static readonly ProblemCode CorrectionPageNeedsField = new("correction.page_needs_field", BadRequest, NotCorrected);
    public static readonly ProblemCode CorrectionDateInvalid = new("correction.date_invalid", BadRequest, NotCorrected);
    public static readonly ProblemCode CorrectionParagraphMissing = new("correction.paragraph_missing", BadRequest, NotCorrected);
    public static readonly ProblemCode CorrectionParagraphUnknown = new("correction.paragraph_unknown", BadRequest, NotCorrected);
    public static readonly ProblemCode CorrectionPageUnreadable = new("correction.page_unreadable", StatusCodes.Status409Conflict, NotCorrected);
    public static readonly ProblemCode CorrectionDoesNotFit = new("correction.does_not_fit", StatusCodes.Status409Conflict, NotCorrected);
    public static readonly ProblemCode CorrectionNothingToUndo = new("correction.nothing_to_undo", StatusCodes.Status409Conflict, "Nothing to undo");
    public static readonly ProblemCode CorrectionStoredNotYetIndexed = new("correction.stored_not_yet_indexed", StatusCodes.Status503ServiceUnavailable, "The correction is not shown yet");

    // Who may write.
    public static readonly ProblemCode AuthSignInNeeded = new("auth.sign_in_needed", StatusCodes.Status401Unauthorized, "Sign-in needed");
    public static readonly ProblemCode AuthRoleNeeded = new("auth.role_needed", StatusCodes.Status403Forbidden, "Not allowed");
    public static readonly ProblemCode AuthAntiforgeryInvalid = new("auth.antiforgery_invalid", BadRequest, "Missing or invalid antiforgery token");

    // The request as a whole, and the service.
    public static readonly ProblemCode RequestUrlTooLong = new("request.url_too_long", StatusCodes.Status414UriTooLong, "Address too long", "length", "limit");
    public static readonly ProblemCode RequestRateLimited = new("request.rate_limited", StatusCodes.Status429TooManyRequests, "Too many requests");
    public static readonly ProblemCode RequestNotFound = new("request.not_found", StatusCodes.Status404NotFound, "Not found");
    public static readonly ProblemCode RequestMethodNotAllowed = new("request.method_not_allowed", StatusCodes.Status405MethodNotAllowed, "Method not allowed");
    public static readonly ProblemCode RequestUnsupportedMediaType = new("request.unsupported_media_type", StatusCodes.Status415UnsupportedMediaType, "Unsupported media type");
    public static readonly ProblemCode RequestBodyTooLarge = new("request.body_too_large", StatusCodes.Status413PayloadTooLarge, "Request body too large");
    public static readonly ProblemCode RequestUnreadable = new("request.unreadable", BadRequest, CannotAnswer);
    /// <summary>Any other refusal of a request (a status no endpoint answers with on its own); the status says which.</summary>
    public static readonly ProblemCode RequestRefused = new("request.refused", BadRequest, "The request was refused");
    public static readonly ProblemCode IndexUnavailable = new("index.unavailable", StatusCodes.Status503ServiceUnavailable, "Index unavailable");
    public static readonly ProblemCode ClusterUnavailable = new("cluster.unavailable", StatusCodes.Status503ServiceUnavailable, "Search cluster unavailable");
    public static readonly ProblemCode ServiceFailed = new("service.failed", StatusCodes.Status500InternalServerError, "Internal error");

    /// <summary>Every code above, in the order declared.</summary>
    public static IReadOnlyList<ProblemCode> All { get; } = typeof(ProblemCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(ProblemCode))
        .Select(f => (ProblemCode)f.GetValue(null)!)
        .ToList();

    /// <summary>The code of a search request the index refused.</summary>
    public static ProblemCode For(InvalidSearchException refusal) => refusal.Problem switch
    {
        SearchProblem.QuerySyntax => For(refusal.SyntaxError ?? throw new ArgumentException("A syntax refusal names its error.", nameof(refusal))),
        SearchProblem.TermWithoutText => QueryTermWithoutText,
        SearchProblem.AuthorWithoutText => AuthorWithoutText,
        SearchProblem.SizeOutOfRange => SizeOutOfRange,
        SearchProblem.FacetsOutOfRange => FacetsOutOfRange,
        SearchProblem.PageBelowOne => ResultsPageBelowOne,
        SearchProblem.PageWithCursor => ResultsPageWithCursor,
        SearchProblem.BeyondPageWindow => ResultsBeyondWindow,
        SearchProblem.CursorInvalid => ResultsCursorInvalid,
        SearchProblem.CursorOtherSort => ResultsCursorOtherSort,
        SearchProblem.UnknownCut => CutUnknown,
        SearchProblem.UnknownSort => SortUnknown,
        SearchProblem.UnknownFormat => FormatUnknown,
        SearchProblem.UnknownRelaxed => RelaxedUnknown,
        SearchProblem.UnknownPeriod => TrendPeriodUnknown,
        SearchProblem.InvalidDate => DateInvalid,
        SearchProblem.DatesReversed => DateRangeReversed,
        SearchProblem.DraftEmpty => CoverageDraftEmpty,
        SearchProblem.TrendWithoutQuery => TrendWithoutQuery,
        SearchProblem.TrendTooManyQueries => TrendTooManyQueries,
        SearchProblem.TrendTooManyPoints => TrendTooManyPoints,
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal.Problem, "A search problem with no code."),
    };

    public static ProblemCode For(QuerySyntaxError error) => error switch
    {
        QuerySyntaxError.TooLong => QueryTooLong,
        QuerySyntaxError.Empty => QueryEmpty,
        QuerySyntaxError.TooManyTerms => QueryTooManyTerms,
        QuerySyntaxError.NestedTooDeep => QueryNestedTooDeep,
        QuerySyntaxError.QuoteNotClosed => QueryQuoteNotClosed,
        QuerySyntaxError.ParenthesisNotClosed => QueryParenthesisNotClosed,
        QuerySyntaxError.ParenthesisNotOpened => QueryParenthesisNotOpened,
        QuerySyntaxError.ParenthesesEmpty => QueryParenthesesEmpty,
        QuerySyntaxError.OrWithoutTermBefore => QueryOrWithoutTermBefore,
        QuerySyntaxError.OrWithoutTermAfter => QueryOrWithoutTermAfter,
        QuerySyntaxError.ExclusionWithoutTerm => QueryExclusionWithoutTerm,
        QuerySyntaxError.FieldWithoutTerm => QueryFieldWithoutTerm,
        QuerySyntaxError.ProximityTooWide => QueryProximityTooWide,
        QuerySyntaxError.UnexpectedToken => QueryUnexpectedToken,
        QuerySyntaxError.OnlyExclusions => QueryOnlyExclusions,
        QuerySyntaxError.OrJoinsExclusion => QueryOrJoinsExclusion,
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, "A syntax error with no code."),
    };
}
