using System.Globalization;
using ArchiveSearch.Server.Endpoints;

namespace ArchiveSearch.Server.Export;

/// <summary>
/// What an export says about itself before its rows: the query, the filters and sort as asked, when it was taken,
/// how many rows follow and whether near matches (the relaxed fallback) are among them. A file found on a disk
/// months later still says what it is.
/// </summary>
public sealed record ExportHeader(string Query, IReadOnlyDictionary<string, string> Filters, DateTimeOffset ExportedAt, int Total, bool Relaxed, bool RelaxedAsked)
{
    public static ExportHeader From(SearchParameters parameters, DateTimeOffset now, int total, bool relaxed, bool relaxedAsked)
    {
        var filters = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
                filters[name] = value.Trim();
        }

        Add("from", parameters.From);
        Add("to", parameters.To);
        Add("paper", parameters.Paper);
        Add("author", parameters.Author);
        Add("kind", parameters.Kind);
        Add("sort", parameters.Sort);
        Add("front", parameters.Front == true ? "true" : null);
        return new ExportHeader(parameters.Q?.Trim() ?? "", filters, now, total, relaxed, relaxedAsked);
    }

    public string ExportedAtText => ExportedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public string FiltersText => Filters.Count == 0 ? "" : string.Join("; ", Filters.Select(f => $"{f.Key}={f.Value}"));

    /// <summary>In words, what the rows are: matches as written, or near matches when nothing matched and they were asked for.</summary>
    public string RowsText => Relaxed
        ? "near matches: nothing matched as written (relaxed=include)"
        : RelaxedAsked ? "matches as written" : "matches as written (near matches left out; add relaxed=include for them)";
}
