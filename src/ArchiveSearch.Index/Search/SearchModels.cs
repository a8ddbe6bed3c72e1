using ArchiveSearch.Index.Schema;

namespace ArchiveSearch.Index.Search;

public enum SearchSort
{
    Relevance,
    DateAscending,
    DateDescending,
}

/// <summary>A search as the user asked for it: the query, filters, sort and page.</summary>
public sealed record SearchRequest(string Query)
{
    public int Page { get; init; } = 1;
    public int Size { get; init; } = 10;
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Paper { get; init; }
    public string? Author { get; init; }
    public string? Kind { get; init; }

    /// <summary>Only articles whose cut is <c>sure</c> or <c>unsure</c> (an archivist's review queue).</summary>
    public string? Cut { get; init; }
    /// <summary>Only items of a front page (page 1).</summary>
    public bool FrontPage { get; init; }

    /// <summary>A cursor from an earlier answer's <see cref="SearchResponse.Next"/>: the hits after it, instead of a page number.</summary>
    public string? After { get; init; }

    /// <summary>How many values of each facet to return (the most frequent first), up to <see cref="ArticleSearch.MaxFacetLimit"/>.</summary>
    public int FacetLimit { get; init; } = ArticleSearch.FacetLimit;

    /// <summary>Whether to count facets; an export that only pages through hits leaves them out.</summary>
    public bool WithFacets { get; init; } = true;
}

/// <summary>
/// One ranked article. <see cref="TitleHtml"/>, <see cref="SubtitleHtml"/>, <see cref="Snippet"/> and
/// <see cref="Fragments"/> are safe HTML: the matches in <c>&lt;mark&gt;</c>, everything else escaped;
/// <see cref="Title"/> and <see cref="Subtitle"/> are the plain text; <see cref="BylineHtml"/> is the byline with the
/// query's strings marked (a reporter's name typed as a query, or <c>author:</c>).
/// </summary>
public sealed record SearchHit(
    string Id,
    string Title,
    string TitleHtml,
    string? Subtitle,
    string? SubtitleHtml,
    string Snippet,
    IReadOnlyList<string> Fragments,
    float Score,
    string PageId,
    int Ordinal,
    string Kind,
    string? Byline,
    IReadOnlyList<string> Authors,
    string? Paper,
    string? Date,
    string? Page,
    string Url,
    string? BylineHtml = null)
{
    /// <summary>How sure the segmenter was of the article's cut; sure for the lines of a page outside articles.</summary>
    public StoredCut Cut { get; init; } = StoredCut.Sure;
}

/// <summary>
/// One page of ranked hits. <see cref="Relaxed"/> is true when nothing matched the query as written
/// and the hits come from the looser match over its words. <see cref="Next"/> is the cursor of the hits
/// after these (null after the last); <see cref="Dates"/> counts the hits by year and month in date order.
/// </summary>
public sealed record SearchResponse(
    int Total,
    long TookMs,
    IReadOnlyList<SearchHit> Hits,
    Facets Facets,
    bool Relaxed,
    int Page,
    int Size,
    string? Next,
    DateFacets Dates,
    string Sort);

/// <summary>
/// A search request that cannot be answered as asked: the message says why, for the user; <see cref="Problem"/> (and
/// for a query that cannot be read, <see cref="SyntaxError"/>) says it for a program, and <see cref="Values"/> carries
/// the figures and text the message names.
/// </summary>
public sealed class InvalidSearchException : Exception
{
    public InvalidSearchException(SearchProblem problem, string message, params (string Name, object Value)[] values) : base(message)
    {
        Problem = problem;
        Values = values;
    }

    public InvalidSearchException(Querying.QuerySyntaxException syntax) : base(syntax.Message, syntax)
    {
        Problem = SearchProblem.QuerySyntax;
        SyntaxError = syntax.Error;
        Values = syntax.Values;
    }

    public SearchProblem Problem { get; }

    public Querying.QuerySyntaxError? SyntaxError { get; }

    public IReadOnlyList<(string Name, object Value)> Values { get; }
}
