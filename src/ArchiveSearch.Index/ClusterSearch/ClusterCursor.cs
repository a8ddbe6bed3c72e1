using System.Text.Json;
using ArchiveSearch.Index.Search;
using Lucene.Net.Util;

namespace ArchiveSearch.Index.ClusterSearch;

/// <summary>
/// The <c>after</c> cursor of a cluster's answer, in the index's own cursor form (<see cref="SearchCursor"/>: the sort's
/// name, then each sort value typed): a score is a float, a date, page number or ordinal a long (the cluster gives
/// dates as milliseconds), a paper or id a string. The values are the hit's <c>sort</c> array, sent back as
/// <c>search_after</c>; every order ends with the permalink id, so the next page starts exactly after that hit.
/// </summary>
public static class ClusterCursor
{
    /// <summary>The cursor after a hit whose <c>sort</c> array is <paramref name="sortValues"/>.</summary>
    public static string Encode(SearchSort sort, JsonElement sortValues)
    {
        var values = new List<object?>();
        var position = 0;
        foreach (var value in sortValues.EnumerateArray())
        {
            values.Add(value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => new BytesRef(value.GetString()!),
                // The relevance order's first key is the score; every other number is a whole one.
                JsonValueKind.Number when sort == SearchSort.Relevance && position == 0 => J2N.Numerics.Single.GetInstance(value.GetSingle()),
                JsonValueKind.Number => J2N.Numerics.Int64.GetInstance(value.GetInt64()),
                _ => throw new FormatException($"A sort value of kind {value.ValueKind} cannot be in a cursor."),
            });
            position++;
        }

        return SearchCursor.Encode(sort, values.ToArray());
    }

    /// <summary>The sort values a cursor names, for <c>search_after</c>; a cursor of another sort, or not one of ours, is refused.</summary>
    public static IReadOnlyList<object?> Decode(string cursor, SearchSort sort)
    {
        var values = SearchCursor.Decode(cursor, sort).Fields.Select(value => value switch
        {
            null => null,
            J2N.Numerics.Single f => (object)f.ToSingle(),
            J2N.Numerics.Int64 l => l.ToInt64(),
            J2N.Numerics.Int32 i => (long)i.ToInt32(),
            BytesRef b => b.Utf8ToString(),
            _ => throw NotOurs(),
        }).ToList();
        if (values.Count != KeyCount(sort))
            throw NotOurs();
        return values;
    }

    public static void WriteSearchAfter(Utf8JsonWriter json, IReadOnlyList<object?> values)
    {
        json.WriteStartArray("search_after");
        foreach (var value in values)
        {
            switch (value)
            {
                case null:
                    json.WriteNullValue();
                    break;
                case float f:
                    json.WriteNumberValue(f);
                    break;
                case long l:
                    json.WriteNumberValue(l);
                    break;
                case string s:
                    json.WriteStringValue(s);
                    break;
            }
        }

        json.WriteEndArray();
    }

    /// <summary>Relevance: score, id; by date: date, paper, page number, ordinal, id (as <see cref="QueryDslTranslator"/> sorts).</summary>
    private static int KeyCount(SearchSort sort) => sort == SearchSort.Relevance ? 2 : 5;

    private static InvalidSearchException NotOurs() =>
        new(SearchProblem.CursorInvalid, "The cursor ('after') is not one this service gave out; use the 'next' value of an earlier answer.");
}
