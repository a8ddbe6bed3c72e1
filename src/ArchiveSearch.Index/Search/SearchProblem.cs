namespace ArchiveSearch.Index.Search;

/// <summary>Why a search request cannot be answered as asked; the host names each with a stable code.</summary>
public enum SearchProblem
{
    /// <summary>The query cannot be read: <see cref="InvalidSearchException.SyntaxError"/> says how.</summary>
    QuerySyntax,
    TermWithoutText,
    AuthorWithoutText,
    SizeOutOfRange,
    FacetsOutOfRange,
    PageBelowOne,
    PageWithCursor,
    BeyondPageWindow,
    CursorInvalid,
    CursorOtherSort,
    UnknownCut,
    UnknownSort,
    UnknownFormat,
    UnknownRelaxed,
    UnknownPeriod,
    InvalidDate,
    DatesReversed,
    DraftEmpty,
    TrendWithoutQuery,
    TrendTooManyQueries,
    TrendTooManyPoints,
}
