using System.Text.Json;
using ArchiveSearch.Index.ClusterExport;

namespace ArchiveSearch.Index.ClusterSearch;

/// <summary>
/// The facets as aggregations over the whole result set, as the index counts them: a <c>terms</c> aggregation per
/// facet (most frequent first, ties by value, as the cluster orders them by default), and the hits per month as a
/// <c>date_histogram</c>, from which the host sums the years (the year facet and the histogram's years).
/// </summary>
public static class FacetAggregations
{
    public const string Paper = "paper";
    public const string Kind = "kind";
    public const string Author = "author";
    public const string Cut = "cut";
    public const string Month = "month";

    public static void Write(Utf8JsonWriter json, int limit)
    {
        json.WriteStartObject("aggs");
        Terms(json, Paper, ClusterFields.Paper, limit);
        Terms(json, Kind, ClusterFields.Kind, limit);
        Terms(json, Author, ClusterFields.Authors + "." + ClusterFields.AuthorName, limit);
        Terms(json, Cut, ClusterFields.Cut + "." + ClusterFields.Verdict, limit);
        json.WriteStartObject(Month);
        json.WriteStartObject("date_histogram");
        json.WriteString("field", ClusterFields.Date);
        json.WriteString("calendar_interval", "month");
        json.WriteString("format", "yyyy-MM");
        // Only months that have hits, as the index's histogram lists them.
        json.WriteNumber("min_doc_count", 1);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Terms(Utf8JsonWriter json, string name, string field, int limit)
    {
        json.WriteStartObject(name);
        json.WriteStartObject("terms");
        json.WriteString("field", field);
        json.WriteNumber("size", limit);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
