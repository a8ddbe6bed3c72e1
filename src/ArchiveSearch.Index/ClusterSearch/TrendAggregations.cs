using System.Globalization;
using System.Text;
using System.Text.Json;
using ArchiveSearch.Index.ClusterExport;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Index.Trends;

namespace ArchiveSearch.Index.ClusterSearch;

/// <summary>
/// A trend as one request to a cluster, answering no hit: the items of the range and paper (every dated item, the
/// shares' denominator) per period as a <c>date_histogram</c>, their first and last day (closing an open range), and
/// per query a <c>filter</c> aggregation holding exactly what a search for it with the same filters matches
/// (<see cref="QueryDslTranslator.WriteQuery"/>), counted per period the same way. The buckets' keys are the points'
/// labels (yyyy, yyyy-MM, yyyy-MM-dd); only periods that hold items are answered, the others count none.
/// </summary>
public static class TrendAggregations
{
    public const string First = "first";
    public const string Last = "last";
    public const string All = "all";
    public const string Periods = "periods";

    /// <summary>The aggregation of the query at <paramref name="index"/> (q0, q1, …).</summary>
    public static string Query(int index) => "q" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The papers aggregation, in the order a trend lists them.</summary>
    public const string Papers = "papers";

    /// <summary>More papers than an archive holds: the papers aggregation names them all.</summary>
    public const int MaxPapers = 1000;

    /// <summary>The body of the trend's <c>_search</c>; a query that does not parse is refused as a search refuses it.</summary>
    public static string Body(TrendPeriod by, DateOnly? from, DateOnly? to, string? paper, IReadOnlyList<string> queries) => Write(json =>
    {
        json.WriteNumber("size", 0);
        json.WriteBoolean("track_total_hits", false);
        DatedItems(json, from, to, paper);
        json.WriteStartObject("aggs");
        Bound(json, First, "min");
        Bound(json, Last, "max");
        Histogram(json, All, by);
        for (var i = 0; i < queries.Count; i++)
        {
            json.WriteStartObject(Query(i));
            json.WritePropertyName("filter");
            QueryDslTranslator.WriteQuery(json, new SearchRequest(queries[i]) { From = from, To = to, Paper = paper, WithFacets = false });
            json.WriteStartObject("aggs");
            Histogram(json, Periods, by);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    });

    /// <summary>The body that names the papers holding dated items, in order.</summary>
    public static string PapersBody() => Write(json =>
    {
        json.WriteNumber("size", 0);
        json.WriteBoolean("track_total_hits", false);
        DatedItems(json, null, null, null);
        json.WriteStartObject("aggs");
        json.WriteStartObject(Papers);
        json.WriteStartObject("terms");
        json.WriteString("field", ClusterFields.Paper);
        json.WriteNumber("size", MaxPapers);
        json.WriteStartObject("order");
        json.WriteString("_key", "asc");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    });

    /// <summary>The label format of a period, as the points are labelled.</summary>
    public static string LabelFormat(TrendPeriod by) => by switch
    {
        TrendPeriod.Year => "yyyy",
        TrendPeriod.Month => "yyyy-MM",
        _ => "yyyy-MM-dd",
    };

    private static string Write(Action<Utf8JsonWriter> fields)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, ClusterTemplate.WriterOptions))
        {
            json.WriteStartObject();
            fields(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Items with a date (in the range) and of the paper, as the index's dated item totals count them.</summary>
    private static void DatedItems(Utf8JsonWriter json, DateOnly? from, DateOnly? to, string? paper)
    {
        json.WriteStartObject("query");
        json.WriteStartObject("bool");
        json.WriteStartArray("filter");
        json.WriteStartObject();
        if (from is null && to is null)
        {
            json.WriteStartObject("exists");
            json.WriteString("field", ClusterFields.Date);
            json.WriteEndObject();
        }
        else
        {
            json.WriteStartObject("range");
            json.WriteStartObject(ClusterFields.Date);
            if (from is { } first)
                json.WriteString("gte", first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (to is { } last)
                json.WriteString("lte", last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        if (paper is not null)
        {
            json.WriteStartObject();
            json.WriteStartObject("term");
            json.WriteString(ClusterFields.Paper, paper);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Bound(Utf8JsonWriter json, string name, string kind)
    {
        json.WriteStartObject(name);
        json.WriteStartObject(kind);
        json.WriteString("field", ClusterFields.Date);
        json.WriteString("format", "yyyy-MM-dd");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Histogram(Utf8JsonWriter json, string name, TrendPeriod by)
    {
        json.WriteStartObject(name);
        json.WriteStartObject("date_histogram");
        json.WriteString("field", ClusterFields.Date);
        json.WriteString("calendar_interval", by.ToString().ToLowerInvariant());
        json.WriteString("format", LabelFormat(by));
        // Periods without items are left out (they count none): a long range by day stays within the cluster's bucket limit.
        json.WriteNumber("min_doc_count", 1);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
