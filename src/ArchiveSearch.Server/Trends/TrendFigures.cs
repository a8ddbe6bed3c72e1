using System.Globalization;
using ArchiveSearch.Index.Trends;

namespace ArchiveSearch.Server.Trends;

/// <summary>How the trend page writes its figures: counts as integers, shares as percentages with enough places to tell small ones apart.</summary>
public static class TrendFigures
{
    public static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    public static string Share(double? share) => share is { } s ? Percent(s * 100) : "—";

    public static string Percent(double percent) =>
        (percent >= 10 ? percent.ToString("0.#", CultureInfo.InvariantCulture)
            : percent >= 1 ? percent.ToString("0.##", CultureInfo.InvariantCulture)
            : percent.ToString("0.###", CultureInfo.InvariantCulture)) + "%";

    /// <summary>The exact figures of one point of one series, as a sentence.</summary>
    public static string Sentence(TrendSeries series, TrendPoint point, int p) =>
        $"“{series.Query}” · {point.Period}：{Count(series.Counts[p])} 篇，占同期全部 {Count(point.Total)} 篇的 {Share(series.Shares[p])}";
}
