using System.Globalization;
using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Index.Evaluation;

/// <summary>
/// One known-item query: what a user types, and the article that should come first. <see cref="Part"/> names the
/// set it belongs to (e.g. a part used for tuning and one kept aside), "general" when the file gives none.
/// </summary>
public sealed record KnownItem(string Query, string PagePath, string TitleContains, int Line, string Part = KnownItemEvaluation.GeneralPart);

public sealed record KnownItemResult(KnownItem Item, int? Rank, string? FirstTitle);

public sealed record KnownItemReport(IReadOnlyList<KnownItemResult> Results, int Cutoff)
{
    public int Queries => Results.Count;

    /// <summary>Mean reciprocal rank of the wanted article within the first <see cref="Cutoff"/> hits.</summary>
    public double MeanReciprocalRank => Results.Count == 0 ? 0 : Results.Sum(r => r.Rank is { } rank ? 1.0 / rank : 0) / Results.Count;

    /// <summary>Share of queries whose wanted article is among the first <see cref="Cutoff"/> hits.</summary>
    public double Recall => Results.Count == 0 ? 0 : Results.Count(r => r.Rank is not null) / (double)Results.Count;

    public double SuccessAtOne => Results.Count == 0 ? 0 : Results.Count(r => r.Rank == 1) / (double)Results.Count;
}

/// <summary>
/// Runs known-item queries against an index and measures where the wanted article lands.
/// The query file is TSV: <c>query, page path (relative to the inbox), part of the wanted title[, part of the set]</c>;
/// lines starting with # are comments.
/// </summary>
public static class KnownItemEvaluation
{
    public const int Cutoff = 10;

    public const string GeneralPart = "general";

    public static IReadOnlyList<KnownItem> Parse(IEnumerable<string> lines)
    {
        var items = new List<KnownItem>();
        foreach (var (number, columns) in EvaluationRows.Read(lines))
        {
            if (columns.Length < 3)
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"line {number}: expected query<TAB>page<TAB>title part, got {columns.Length} columns"));
            var part = columns.Length > 3 && columns[3].Trim().Length > 0 ? columns[3].Trim() : GeneralPart;
            items.Add(new KnownItem(columns[0], columns[1], columns[2], number, part));
        }

        return items;
    }

    public static KnownItemReport Run(ArticleSearch search, IEnumerable<KnownItem> items)
    {
        var results = new List<KnownItemResult>();
        foreach (var item in items)
        {
            var response = search.Search(new SearchRequest(item.Query) { Size = Cutoff });
            var pageId = item.PagePath.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? item.PagePath[..^4] : item.PagePath;
            int? rank = null;
            for (var i = 0; i < response.Hits.Count; i++)
            {
                var hit = response.Hits[i];
                if (hit.PageId == pageId && hit.Title.Contains(item.TitleContains, StringComparison.Ordinal))
                {
                    rank = i + 1;
                    break;
                }
            }

            results.Add(new KnownItemResult(item, rank, response.Hits.Count > 0 ? response.Hits[0].Title : null));
        }

        return new KnownItemReport(results, Cutoff);
    }
}
