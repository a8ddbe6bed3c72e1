using System.ComponentModel;
using System.Globalization;
using ArchiveSearch.Index.Search;
using Microsoft.AspNetCore.Mvc;

namespace ArchiveSearch.Server.Endpoints;

/// <summary>The query-string parameters of <c>GET /api/search</c>.</summary>
public sealed class SearchParameters
{
    [Description("The query (optional: without it, the filters list articles newest first). Words separated by spaces must all match; a run of Chinese without spaces matches as written; \"…\" is an exact phrase; OR, -word, title:, author: and parentheses are supported.")]
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    [Description("Page number, from 1.")]
    [FromQuery(Name = "page")]
    public int? Page { get; init; }

    [Description("Hits per page, 1 to 100 (default 10).")]
    [FromQuery(Name = "size")]
    public int? Size { get; init; }

    [Description("relevance (default), date (oldest first) or -date (newest first).")]
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    [Description("Earliest publication date: yyyy, yyyy-MM or yyyy-MM-dd.")]
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    [Description("Latest publication date: yyyy, yyyy-MM or yyyy-MM-dd.")]
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    [Description("Only articles of this paper.")]
    [FromQuery(Name = "paper")]
    public string? Paper { get; init; }

    [Description("Only articles credited to this person.")]
    [FromQuery(Name = "author")]
    public string? Author { get; init; }

    [Description("Only articles of this kind: article, brief or photo.")]
    [FromQuery(Name = "kind")]
    public string? Kind { get; init; }

    [Description("Only articles whose cut the segmenter is sure or unsure of: sure or unsure (unsure is an archivist's review queue).")]
    [FromQuery(Name = "cut")]
    public string? Cut { get; init; }
    [Description("true: only items printed on a front page (page 1).")]
    [FromQuery(Name = "front")]
    public bool? Front { get; init; }

    [Description("A cursor: the 'next' of an earlier answer, for the hits after it (any number of hits, instead of page numbers).")]
    [FromQuery(Name = "after")]
    public string? After { get; init; }

    [Description("How many values of each facet to list, most frequent first: 1 to 500 (default 20).")]
    [FromQuery(Name = "facets")]
    public int? Facets { get; init; }

    public SearchRequest ToRequest() => new(Q ?? "")
    {
        FacetLimit = Facets ?? ArticleSearch.FacetLimit,
        Page = Page ?? 1,
        Size = Size ?? 10,
        Sort = ParseSort(Sort),
        From = ParseDate(From, nameof(From), upper: false),
        To = ParseDate(To, nameof(To), upper: true),
        Paper = Paper,
        Author = Author,
        Kind = Kind,
        Cut = Cut,
        FrontPage = Front ?? false,
        After = string.IsNullOrWhiteSpace(After) ? null : After,
    };

    private static SearchSort ParseSort(string? sort) => sort?.Trim().ToLowerInvariant() switch
    {
        null or "" or "relevance" => SearchSort.Relevance,
        "date" or "+date" => SearchSort.DateAscending,
        "-date" => SearchSort.DateDescending,
        _ => throw new InvalidSearchException(SearchProblem.UnknownSort, $"sort must be relevance, date or -date, not '{sort}'.", ("value", sort)),
    };

    /// <summary>Reads a date that may name a whole year or month (written as <see cref="DateText"/> reads them): as a lower bound its first day, as an upper bound its last.</summary>
    public static DateOnly? ParseDate(string? text, string name, bool upper)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        text = DateText.Normalize(text);
        var culture = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", culture, DateTimeStyles.None, out var day))
            return day;
        if (DateOnly.TryParseExact(text, "yyyy-MM", culture, DateTimeStyles.None, out var month))
            return upper ? month.AddMonths(1).AddDays(-1) : month;
        if (text.Length == 4 && DateOnly.TryParseExact(text, "yyyy", culture, DateTimeStyles.None, out var year))
            return upper ? new DateOnly(year.Year, 12, 31) : year;
        throw new InvalidSearchException(SearchProblem.InvalidDate, $"{name.ToLowerInvariant()} must be a date as yyyy, yyyy-MM or yyyy-MM-dd (2024年3月15日 and 2024/03/15 are read too), not '{text}'.",
            ("parameter", name.ToLowerInvariant()), ("value", text));
    }
}
