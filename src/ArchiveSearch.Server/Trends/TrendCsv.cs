using System.Globalization;
using System.Text;
using ArchiveSearch.Index.Trends;

namespace ArchiveSearch.Server.Trends;

/// <summary>
/// A trend as CSV for a spreadsheet: first what was asked (each query, the period, the range, the paper) and when it
/// was answered, one name-value row each; an empty row; then the table, one row per point: its label, first and
/// last day, all items of the point, and each query's count and share. Every field quoted; a cell a spreadsheet
/// would run as a formula (=, +, -, @) starts with an apostrophe.
/// </summary>
public static class TrendCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static string Write(TrendResponse trend)
    {
        var csv = new StringBuilder();
        for (var i = 0; i < trend.Series.Count; i++)
            Row(csv, $"query {i + 1}", trend.Series[i].Query);
        Row(csv, "by", trend.By);
        Row(csv, "from", trend.Points.Count > 0 ? TrendLinks.Day(trend.Points[0].From) : Optional(trend.From));
        Row(csv, "to", trend.Points.Count > 0 ? TrendLinks.Day(trend.Points[^1].To) : Optional(trend.To));
        Row(csv, "paper", trend.Paper ?? "all papers");
        Row(csv, "answered at", trend.AnsweredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        csv.Append("\r\n");

        var header = new List<string> { "period", "from", "to", "all items" };
        foreach (var series in trend.Series)
        {
            header.Add(series.Query);
            header.Add(series.Query + " share");
        }

        Row(csv, [.. header]);
        for (var p = 0; p < trend.Points.Count; p++)
        {
            var point = trend.Points[p];
            var cells = new List<string> { point.Period, TrendLinks.Day(point.From), TrendLinks.Day(point.To), Number(point.Total) };
            foreach (var series in trend.Series)
            {
                cells.Add(Number(series.Counts[p]));
                cells.Add(series.Shares[p] is { } share ? share.ToString("0.########", CultureInfo.InvariantCulture) : "");
            }

            Row(csv, [.. cells]);
        }

        return csv.ToString();
    }

    private static string Optional(DateOnly? day) => day is { } d ? TrendLinks.Day(d) : "";

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static void Row(StringBuilder csv, params string[] cells) => csv.AppendJoin(',', cells.Select(Field)).Append("\r\n");

    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
            value = "'" + value;
        return "\"" + value.Replace("\"", "\"\"") + "\"";
    }
}
