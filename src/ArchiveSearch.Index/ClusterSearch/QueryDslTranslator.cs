using System.Globalization;
using System.Text.Json;
using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Index.ClusterExport;
using ArchiveSearch.Index.Querying;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Index.ClusterSearch;

/// <summary>
/// A search as the query DSL of a cluster loaded with the export: the same query language and filters, the same
/// rule that an exact match decides what matches and words only rank. Each term is a phrase on the exact fields
/// (<see cref="ClusterFields.ExactText"/>; <c>title:</c> the headline, <c>author:</c> the credits) with a small constant
/// score, and SmartCN word matches on title, subtitle and body, and the term in the headline, add to it; proximity is
/// an <c>intervals</c> query of the parts, in any order, with at most N positions between them. One hit more than the
/// page is asked for, as the index collects one more: it says whether there is a next page (at the end of the window of
/// page numbers, the total says it). Facets and the date
/// histogram are aggregations (<see cref="FacetAggregations"/>), the marked snippet a highlight (<see cref="HitHighlight"/>),
/// a cursor <c>search_after</c> (<see cref="ClusterCursor"/>). The relaxed fallback, asked for when nothing matched as
/// written, is the same request with the relaxed match of the query's words (<see cref="RelaxedMatch"/>).
/// </summary>
public static class QueryDslTranslator
{
    internal const float ExactBoost = 0.1f;

    /// <summary>
    /// The request body of <c>POST /archivesearch/_search</c> for one page of hits; a query that does not parse, or a
    /// cursor that is not one of ours, is an <see cref="InvalidSearchException"/>.
    /// </summary>
    /// <param name="relaxedWords">The query's SmartCN words (<see cref="CompiledQuery.Words"/>) to match relaxed instead of the query as written.</param>
    public static string Translate(SearchRequest request, IReadOnlyList<string>? relaxedWords = null)
    {
        var parsed = Parse(request);
        var sort = EveryArticle.Sort(request);
        var after = request.After is { } cursor ? ClusterCursor.Decode(cursor, sort) : null;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, ClusterTemplate.WriterOptions))
        {
            json.WriteStartObject();
            // A cursor continues after a hit, not from a number of hits. By page number, the cluster (index.max_result_window)
            // answers no hit past the window, as the index: the one hit more stays inside it.
            var from = (request.Page - 1) * request.Size;
            if (after is null)
                json.WriteNumber("from", from);
            json.WriteNumber("size", after is null ? Math.Min(request.Size + 1, ArticleSearch.MaxWindow - from) : request.Size + 1);
            json.WriteBoolean("track_total_hits", true);
            json.WritePropertyName("query");
            WriteQuery(json, request, parsed, relaxedWords);
            WriteSort(json, sort);
            if (after is not null)
                ClusterCursor.WriteSearchAfter(json, after);
            if (request.WithFacets)
                FacetAggregations.Write(json, request.FacetLimit);
            if (parsed is not null)
                HitHighlight.Write(json);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// The query part alone (<c>{"bool":{…}}</c>): what a search with <paramref name="request"/>'s query and filters
    /// matches, for a request that only counts those hits (a trend's <c>filter</c> aggregation).
    /// </summary>
    public static void WriteQuery(Utf8JsonWriter json, SearchRequest request) => WriteQuery(json, request, Parse(request), null);

    private static QueryNode? Parse(SearchRequest request)
    {
        if (EveryArticle.Applies(request))
            return null;
        try
        {
            return QueryParser.Parse(request.Query);
        }
        catch (QuerySyntaxException e)
        {
            throw new InvalidSearchException(e);
        }
    }

    private static void WriteQuery(Utf8JsonWriter json, SearchRequest request, QueryNode? parsed, IReadOnlyList<string>? relaxedWords)
    {
        json.WriteStartObject();
        json.WriteStartObject("bool");
        if (parsed is not null)
        {
            json.WriteStartArray("must");
            if (relaxedWords is null)
                Node(json, parsed);
            else
                RelaxedMatch.Write(json, relaxedWords);
            json.WriteEndArray();
            // What the user excluded stays excluded when the match is relaxed.
            if (relaxedWords is not null && parsed is AndNode and && and.Children.Any(c => c is NotNode))
            {
                json.WriteStartArray("must_not");
                foreach (var not in and.Children.OfType<NotNode>())
                    Node(json, not.Child);
                json.WriteEndArray();
            }
        }

        WriteFilters(json, request);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Node(Utf8JsonWriter json, QueryNode node)
    {
        switch (node)
        {
            case TermNode term:
                Term(json, term);
                break;
            case AndNode and:
                Bool(json, and.Children, "must");
                break;
            case OrNode or:
                Bool(json, or.Children, "should");
                break;
            case NotNode not:
                // A negation alone: what it excludes (the parser lets it stand only beside something that must).
                json.WriteStartObject();
                json.WriteStartObject("bool");
                json.WriteStartArray("must_not");
                Node(json, not.Child);
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(node));
        }
    }

    private static void Bool(Utf8JsonWriter json, IReadOnlyList<QueryNode> children, string occur)
    {
        json.WriteStartObject();
        json.WriteStartObject("bool");
        var positive = children.Where(c => c is not NotNode).ToList();
        var negative = children.OfType<NotNode>().ToList();
        if (positive.Count > 0)
        {
            json.WriteStartArray(occur);
            foreach (var child in positive)
                Node(json, child);
            json.WriteEndArray();
            if (occur == "should")
                json.WriteNumber("minimum_should_match", 1);
        }

        if (negative.Count > 0)
        {
            json.WriteStartArray("must_not");
            foreach (var child in negative)
                Node(json, child.Child);
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static IReadOnlyList<string> FieldsOf(QueryField field) => field switch
    {
        QueryField.Title => [ClusterFields.Headline],
        QueryField.Author => ClusterFields.ExactAuthor,
        _ => ClusterFields.ExactText,
    };

    /// <summary>The term as written on its exact fields (must, constant score), and how well it matches as words (should).</summary>
    private static void Term(Utf8JsonWriter json, TermNode term)
    {
        json.WriteStartObject();
        json.WriteStartObject("bool");
        json.WriteStartArray("must");
        json.WriteStartObject();
        json.WriteStartObject("constant_score");
        json.WriteStartObject("filter");
        if (term.Within is { } within)
            Near(json, FieldsOf(term.Field), term.Literals, within);
        else
            AnyPhrase(json, FieldsOf(term.Field), term.Literals);
        json.WriteEndObject();
        json.WriteNumber("boost", ExactBoost);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();

        if (term.Field != QueryField.Author)
        {
            json.WriteStartArray("should");
            if (term.Within is null && term.Field == QueryField.Any)
            {
                // The term in the headline: what the article is about.
                json.WriteStartObject();
                json.WriteStartObject("constant_score");
                json.WriteStartObject("filter");
                Phrase(json, [ClusterFields.Headline], term.Text);
                json.WriteEndObject();
                json.WriteNumber("boost", QueryCompiler.HeadlineBoost);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            Words(json, ClusterFields.Title, term.Text, 3f);
            Words(json, ClusterFields.Subtitle, term.Text, 2f);
            if (term.Field != QueryField.Title)
                Words(json, ClusterFields.Body, term.Text, 1f);
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>One of the strings (a phrase as typed, or with its spaces between Chinese characters dropped) as a phrase.</summary>
    private static void AnyPhrase(Utf8JsonWriter json, IReadOnlyList<string> fields, IReadOnlyList<string> strings)
    {
        if (strings.Count == 1)
        {
            Phrase(json, fields, strings[0]);
            return;
        }

        json.WriteStartObject("bool");
        json.WriteStartArray("should");
        foreach (var text in strings)
        {
            json.WriteStartObject();
            Phrase(json, fields, text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("minimum_should_match", 1);
        json.WriteEndObject();
    }

    /// <summary>A phrase on one field (<c>match_phrase</c>) or the best of several (<c>multi_match</c> of type <c>phrase</c>).</summary>
    internal static void Phrase(Utf8JsonWriter json, IReadOnlyList<string> fields, string text)
    {
        if (fields.Count == 1)
        {
            json.WriteStartObject("match_phrase");
            json.WriteString(fields[0], text);
            json.WriteEndObject();
            return;
        }

        json.WriteStartObject("multi_match");
        json.WriteString("query", text);
        json.WriteString("type", "phrase");
        json.WriteStartArray("fields");
        foreach (var field in fields)
            json.WriteStringValue(field);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Every part as written, in any order, at most <paramref name="within"/> positions apart, in one of the fields.</summary>
    private static void Near(Utf8JsonWriter json, IReadOnlyList<string> fields, IReadOnlyList<string> parts, int within)
    {
        json.WriteStartObject("bool");
        json.WriteStartArray("should");
        foreach (var field in fields)
        {
            json.WriteStartObject();
            json.WriteStartObject("intervals");
            json.WriteStartObject(field);
            json.WriteStartObject("all_of");
            json.WriteBoolean("ordered", false);
            json.WriteNumber("max_gaps", within);
            json.WriteStartArray("intervals");
            foreach (var part in parts)
            {
                json.WriteStartObject();
                json.WriteStartObject("match");
                json.WriteString("query", part);
                json.WriteNumber("max_gaps", 0);
                json.WriteBoolean("ordered", true);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("minimum_should_match", 1);
        json.WriteEndObject();
    }

    private static void Words(Utf8JsonWriter json, string field, string text, float boost)
    {
        json.WriteStartObject();
        json.WriteStartObject("match");
        json.WriteStartObject(field);
        json.WriteString("query", text);
        if (boost != 1f)
            json.WriteNumber("boost", boost);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteFilters(Utf8JsonWriter json, SearchRequest request)
    {
        json.WriteStartArray("filter");
        // Without a query the filters list articles only, as the index does (a page's own lines are no article).
        if (EveryArticle.Applies(request))
            TermFilter(json, ClusterFields.Kind, Enum.GetNames<ArticleKind>().Select(k => k.ToLowerInvariant()).ToList());
        if (request.From is not null || request.To is not null)
        {
            json.WriteStartObject();
            json.WriteStartObject("range");
            json.WriteStartObject(ClusterFields.Date);
            if (request.From is { } from)
                json.WriteString("gte", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (request.To is { } to)
                json.WriteString("lte", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        if (!string.IsNullOrWhiteSpace(request.Paper))
            TermFilter(json, ClusterFields.Paper, [request.Paper.Trim()]);
        if (!string.IsNullOrWhiteSpace(request.Author))
        {
            json.WriteStartObject();
            Phrase(json, ClusterFields.ExactAuthor, request.Author.Trim());
            json.WriteEndObject();
        }

        if (!string.IsNullOrWhiteSpace(request.Kind))
            TermFilter(json, ClusterFields.Kind, [request.Kind.Trim().ToLowerInvariant()]);
        if (!string.IsNullOrWhiteSpace(request.Cut))
            TermFilter(json, ClusterFields.Cut + "." + ClusterFields.Verdict, [request.Cut.Trim().ToLowerInvariant()]);
        if (request.FrontPage)
            TermFilter(json, ClusterFields.PageNumber, ["1"]);
        json.WriteEndArray();
    }

    private static void TermFilter(Utf8JsonWriter json, string field, IReadOnlyList<string> values)
    {
        json.WriteStartObject();
        json.WriteStartObject(values.Count == 1 ? "term" : "terms");
        if (values.Count == 1)
        {
            json.WriteString(field, values[0]);
        }
        else
        {
            json.WriteStartArray(field);
            foreach (var value in values)
                json.WriteStringValue(value);
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The index's orders: relevance then id; by date, then paper, page number and place on the page, then id.</summary>
    private static void WriteSort(Utf8JsonWriter json, SearchSort sort)
    {
        json.WriteStartArray("sort");
        if (sort == SearchSort.Relevance)
        {
            SortBy(json, "_score", "desc");
        }
        else
        {
            var direction = sort == SearchSort.DateDescending ? "desc" : "asc";
            SortBy(json, ClusterFields.Date, direction);
            SortBy(json, ClusterFields.Paper, "asc");
            SortBy(json, ClusterFields.PageNumber, "asc");
            SortBy(json, ClusterFields.Ordinal, "asc");
        }

        SortBy(json, ClusterFields.Id, "asc");
        json.WriteEndArray();
    }

    private static void SortBy(Utf8JsonWriter json, string field, string order)
    {
        json.WriteStartObject();
        json.WriteStartObject(field);
        json.WriteString("order", order);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
