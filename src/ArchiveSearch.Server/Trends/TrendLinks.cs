using System.Globalization;
using ArchiveSearch.Index.Trends;

namespace ArchiveSearch.Server.Trends;

/// <summary>Addresses a trend links to: the search of one query over one point's days, and the trend itself in other forms.</summary>
public static class TrendLinks
{
    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The search page for a query over a point's days (and the trend's paper): its total is the point's count.</summary>
    public static string Search(string query, TrendPoint point, string? paper)
    {
        var url = $"/?q={Uri.EscapeDataString(query)}&from={Day(point.From)}&to={Day(point.To)}";
        return paper is null ? url : url + "&paper=" + Uri.EscapeDataString(paper);
    }

    /// <summary>The query string of a trend (without measure), for its API, CSV and page addresses.</summary>
    public static string Query(IEnumerable<string> queries, string by, string? from, string? to, string? paper)
    {
        var parts = queries.Select(q => "q=" + Uri.EscapeDataString(q)).ToList();
        parts.Add("by=" + by);
        if (!string.IsNullOrWhiteSpace(from))
            parts.Add("from=" + Uri.EscapeDataString(from.Trim()));
        if (!string.IsNullOrWhiteSpace(to))
            parts.Add("to=" + Uri.EscapeDataString(to.Trim()));
        if (!string.IsNullOrWhiteSpace(paper))
            parts.Add("paper=" + Uri.EscapeDataString(paper.Trim()));
        return string.Join("&", parts);
    }
}
