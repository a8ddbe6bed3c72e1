using System.Net;
using System.Text.Json;
using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Index.ClusterExport;
using ArchiveSearch.Index.Highlighting;
using ArchiveSearch.Index.Permalinks;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Index.ClusterSearch;

/// <summary>
/// A cluster's answer to a translated search (<see cref="QueryDslTranslator"/>) as the index's own answer: the hits from
/// their <c>_source</c> and highlight, the facets and the months from the aggregations, the next cursor from the last
/// shown hit's sort values. The headline and byline are marked on the host with the strings the cluster marked, so
/// they read as the index's do.
/// </summary>
public static class ClusterResponseReader
{
    private static readonly Highlighter Openings = new();

    public static SearchResponse Read(string responseJson, SearchRequest request)
    {
        using var document = JsonDocument.Parse(responseJson);
        var root = document.RootElement;
        var sort = EveryArticle.Sort(request);
        var hitsElement = root.GetProperty("hits");
        var total = hitsElement.TryGetProperty("total", out var totalElement) && totalElement.ValueKind == JsonValueKind.Object
            ? totalElement.GetProperty("value").GetInt32()
            : 0;
        var returned = hitsElement.GetProperty("hits").EnumerateArray().ToList();
        var shown = returned.Take(request.Size).ToList();
        var hits = shown.Select(Hit).ToList();
        // One hit more than the page came back, or (at the end of the window of page numbers, where none more is asked
        // for) the total goes on: there is a next page, after the last hit shown.
        var more = returned.Count > request.Size || (request.After is null && (long)(request.Page - 1) * request.Size + shown.Count < total);
        var next = more && shown.Count > 0 ? ClusterCursor.Encode(sort, shown[^1].GetProperty("sort")) : null;
        var (facets, dates) = request.WithFacets && root.TryGetProperty("aggregations", out var aggregations)
            ? Facets(aggregations, request.FacetLimit)
            : (new Facets([], [], [], []), DateFacets.None);
        var took = root.TryGetProperty("took", out var tookElement) ? tookElement.GetInt64() : 0;
        return new SearchResponse(total, took, hits, facets, false, request.Page, request.Size, next, dates, ArticleSearch.SortName(sort));
    }

    private static SearchHit Hit(JsonElement hit)
    {
        var source = hit.GetProperty("_source");
        var id = Text(source, ClusterFields.Id) ?? hit.GetProperty("_id").GetString()!;
        var title = Text(source, ClusterFields.Title) ?? Text(source, ClusterFields.Label) ?? "";
        var subtitle = Text(source, ClusterFields.Subtitle);
        var byline = Text(source, ClusterFields.Byline);
        var body = Text(source, ClusterFields.Body) ?? "";
        var highlight = hit.TryGetProperty("highlight", out var h) ? h : default;
        var fragments = Highlighted(highlight, HitHighlight.BodyField);
        if (fragments.Count == 0)
            fragments = Openings.Fragments(body, []);
        var marks = MarkedStrings(highlight);
        var score = hit.TryGetProperty("_score", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetSingle() : 0f;
        return new SearchHit(
            id,
            title,
            QueryMarks.Mark(title, marks),
            subtitle,
            subtitle is null ? null : QueryMarks.Mark(subtitle, marks),
            string.Join(" ", fragments),
            fragments,
            score,
            Text(source, ClusterFields.PageId) ?? "",
            source.TryGetProperty(ClusterFields.Ordinal, out var ordinal) ? ordinal.GetInt32() : 0,
            Text(source, ClusterFields.Kind) ?? "article",
            byline,
            Authors(source),
            Text(source, ClusterFields.Paper),
            Text(source, ClusterFields.Date),
            Text(source, ClusterFields.Page),
            Text(source, ClusterFields.Url) ?? ArticleLinks.Url(id),
            byline is null ? null : QueryMarks.Mark(byline, marks))
        {
            Cut = Cut(source),
        };
    }

    /// <summary>A field's highlighted passages, neighbouring marks joined (a phrase over character pairs is marked pair by pair).</summary>
    private static IReadOnlyList<string> Highlighted(JsonElement highlight, string field)
    {
        if (highlight.ValueKind != JsonValueKind.Object || !highlight.TryGetProperty(field, out var passages))
            return [];
        return passages.EnumerateArray().Select(p => p.GetString()!.Replace("</mark><mark>", "", StringComparison.Ordinal)).ToList();
    }

    /// <summary>The strings the cluster marked anywhere in the hit, as plain text.</summary>
    private static IReadOnlyList<string> MarkedStrings(JsonElement highlight)
    {
        var marks = new HashSet<string>(StringComparer.Ordinal);
        if (highlight.ValueKind != JsonValueKind.Object)
            return [];
        foreach (var field in highlight.EnumerateObject())
        {
            foreach (var passage in Highlighted(highlight, field.Name))
            {
                for (var start = passage.IndexOf("<mark>", StringComparison.Ordinal); start >= 0; start = passage.IndexOf("<mark>", start, StringComparison.Ordinal))
                {
                    start += "<mark>".Length;
                    var end = passage.IndexOf("</mark>", start, StringComparison.Ordinal);
                    if (end < 0)
                        break;
                    marks.Add(WebUtility.HtmlDecode(passage[start..end]));
                    start = end;
                }
            }
        }

        return marks.Where(m => m.Length > 0).OrderByDescending(m => m.Length).ToList();
    }

    private static (Facets Facets, DateFacets Dates) Facets(JsonElement aggregations, int limit)
    {
        var months = Buckets(aggregations, FacetAggregations.Month, "key_as_string");
        var years = months
            .GroupBy(m => m.Value[..4], StringComparer.Ordinal)
            .Select(g => new FacetValue(g.Key, g.Sum(m => m.Count)))
            .ToList();
        var facets = new Facets(
            Buckets(aggregations, FacetAggregations.Paper),
            years.OrderByDescending(y => y.Value, StringComparer.Ordinal).Take(limit).ToList(),
            Buckets(aggregations, FacetAggregations.Author),
            Buckets(aggregations, FacetAggregations.Kind))
        {
            Cut = Buckets(aggregations, FacetAggregations.Cut),
        };
        return (facets, new DateFacets(years, months));
    }

    private static List<FacetValue> Buckets(JsonElement aggregations, string name, string key = "key")
    {
        if (!aggregations.TryGetProperty(name, out var aggregation))
            return [];
        return aggregation.GetProperty("buckets").EnumerateArray()
            .Select(b => new FacetValue(
                b.GetProperty(key) is { ValueKind: JsonValueKind.String } k ? k.GetString()! : b.GetProperty(key).GetRawText(),
                b.GetProperty("doc_count").GetInt32()))
            .ToList();
    }

    private static IReadOnlyList<string> Authors(JsonElement source) =>
        source.TryGetProperty(ClusterFields.Authors, out var authors)
            ? authors.EnumerateArray().Select(a => Text(a, ClusterFields.AuthorName) ?? "").Where(n => n.Length > 0).ToList()
            : [];

    private static StoredCut Cut(JsonElement source)
    {
        if (!source.TryGetProperty(ClusterFields.Cut, out var cut))
            return StoredCut.Sure;
        var reasons = cut.TryGetProperty(ClusterFields.Reasons, out var list)
            ? list.EnumerateArray().Select(r => new CutReason(Text(r, "rule") ?? "", Text(r, "words") ?? "", Text(r, "detail"))).ToList()
            : [];
        return new StoredCut(Text(cut, ClusterFields.Verdict) ?? Verdicts.Sure, reasons);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

}
