using System.ComponentModel;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Index.Trends;
using ArchiveSearch.Server.Endpoints;
using Microsoft.AspNetCore.Mvc;

namespace ArchiveSearch.Server.Trends;

/// <summary>The query-string parameters of <c>GET /api/trends</c> and of the <c>/trends</c> page.</summary>
public sealed class TrendParameters
{
    [Description("A query to count, in the query language of /api/search; repeat for up to six (q=下岗&q=再就业). Empty ones are ignored.")]
    [FromQuery(Name = "q")]
    public string[]? Q { get; init; }

    [Description("year, month (default) or day.")]
    [FromQuery(Name = "by")]
    public string? By { get; init; }

    [Description("First day counted: yyyy, yyyy-MM or yyyy-MM-dd (default: the first dated article).")]
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    [Description("Last day counted: yyyy, yyyy-MM or yyyy-MM-dd (default: the last dated article).")]
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    [Description("Only articles of this paper (counts and totals alike).")]
    [FromQuery(Name = "paper")]
    public string? Paper { get; init; }

    /// <summary>The queries given, blank ones left out (a form sends all its fields).</summary>
    public IReadOnlyList<string> Queries => (Q ?? []).Where(q => !string.IsNullOrWhiteSpace(q)).Select(q => q.Trim()).ToList();

    public TrendRequest ToRequest() => new(Queries, ParseBy(By))
    {
        From = SearchParameters.ParseDate(From, nameof(From), upper: false),
        To = SearchParameters.ParseDate(To, nameof(To), upper: true),
        Paper = string.IsNullOrWhiteSpace(Paper) ? null : Paper.Trim(),
    };

    /// <summary>The period asked for, or month when it cannot be read (for redrawing a form that has an error).</summary>
    public static TrendPeriod ParseByOrDefault(string? by)
    {
        try
        {
            return ParseBy(by);
        }
        catch (InvalidSearchException)
        {
            return TrendPeriod.Month;
        }
    }

    public static TrendPeriod ParseBy(string? by) => by?.Trim().ToLowerInvariant() switch
    {
        null or "" or "month" => TrendPeriod.Month,
        "year" => TrendPeriod.Year,
        "day" => TrendPeriod.Day,
        _ => throw new InvalidSearchException(SearchProblem.UnknownPeriod, $"by must be year, month or day, not '{by}'.", ("value", by)),
    };
}
