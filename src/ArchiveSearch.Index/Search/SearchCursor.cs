using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ArchiveSearch.Index.Search;

/// <summary>
/// A <c>search_after</c> cursor: the sort values of the last hit a client has seen, with the sort they belong
/// to, as an opaque URL-safe string. Because every order ends with the article id, the next page starts
/// exactly after that hit, however many hits came before.
/// </summary>
public static class SearchCursor
{
    public static string Encode(SearchSort sort, object?[] values)
    {
        var parts = new List<string>(values.Length + 1) { sort.ToString() };
        foreach (var value in values)
        {
            parts.Add(value switch
            {
                null => "n",
                J2N.Numerics.Single f => "f" + BitConverter.SingleToInt32Bits(f.ToSingle()).ToString(CultureInfo.InvariantCulture),
                J2N.Numerics.Int64 l => "l" + l.ToInt64().ToString(CultureInfo.InvariantCulture),
                J2N.Numerics.Int32 i => "i" + i.ToInt32().ToString(CultureInfo.InvariantCulture),
                float f => "f" + BitConverter.SingleToInt32Bits(f).ToString(CultureInfo.InvariantCulture),
                BytesRef b => "s" + b.Utf8ToString(),
                _ => throw new ArgumentException($"A sort value of type {value.GetType().Name} cannot be in a cursor."),
            });
        }

        return Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(parts));
    }

    /// <summary>The place a cursor names, for a search in the given sort; a cursor that is not one of ours, or of another sort, is refused.</summary>
    public static FieldDoc Decode(string cursor, SearchSort sort)
    {
        List<string>? parts;
        try
        {
            parts = JsonSerializer.Deserialize<List<string>>(Base64Url.DecodeFromChars(cursor.Trim()));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw Invalid();
        }

        if (parts is null || parts.Count < 2)
            throw Invalid();
        if (parts[0] != sort.ToString())
            throw new InvalidSearchException(SearchProblem.CursorOtherSort, "The cursor ('after') belongs to a search in another sort order; start again without it.");
        var values = new object?[parts.Count - 1];
        for (var i = 1; i < parts.Count; i++)
            values[i - 1] = Value(parts[i]);
        // Every order ends with the unique id, so no other hit ties with the cursor's; the largest doc number
        // makes the hit itself count as seen.
        return new FieldDoc(int.MaxValue, float.NaN, values);
    }

    private static object? Value(string part)
    {
        if (part == "n")
            return null;
        var text = part.Length > 0 ? part[1..] : "";
        var culture = CultureInfo.InvariantCulture;
        return part.Length == 0 ? throw Invalid() : part[0] switch
        {
            'f' when int.TryParse(text, NumberStyles.AllowLeadingSign, culture, out var bits) => J2N.Numerics.Single.GetInstance(BitConverter.Int32BitsToSingle(bits)),
            'l' when long.TryParse(text, NumberStyles.AllowLeadingSign, culture, out var l) => J2N.Numerics.Int64.GetInstance(l),
            'i' when int.TryParse(text, NumberStyles.AllowLeadingSign, culture, out var i) => J2N.Numerics.Int32.GetInstance(i),
            's' => new BytesRef(Encoding.UTF8.GetBytes(text)),
            _ => throw Invalid(),
        };
    }

    private static InvalidSearchException Invalid() =>
        new(SearchProblem.CursorInvalid, "The cursor ('after') is not one this service gave out; use the 'next' value of an earlier answer.");
}
