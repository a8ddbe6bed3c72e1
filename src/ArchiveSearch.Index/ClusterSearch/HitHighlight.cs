using System.Text.Json;
using ArchiveSearch.Index.ClusterExport;
using ArchiveSearch.Index.Highlighting;

namespace ArchiveSearch.Index.ClusterSearch;

/// <summary>
/// The marked snippet as a highlight: passages of the body's exact subfield (what the query matched as written, not its
/// words), the headline and the byline whole, in the archive's <c>&lt;mark&gt;</c> tags with the rest HTML-escaped.
/// The passages are as long and as many as the index's own (<see cref="Highlighter"/>); an item with no match in its
/// body shows its opening.
/// </summary>
public static class HitHighlight
{
    public const string BodyField = ClusterFields.Body + "." + ClusterFields.ExactSubfield;
    public const string HeadlineField = ClusterFields.Headline;
    public const string BylineField = ClusterFields.Byline + "." + ClusterFields.ExactSubfield;

    private static readonly Highlighter Shape = new();

    public static void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject("highlight");
        json.WriteStartArray("pre_tags");
        json.WriteStringValue("<mark>");
        json.WriteEndArray();
        json.WriteStartArray("post_tags");
        json.WriteStringValue("</mark>");
        json.WriteEndArray();
        json.WriteString("encoder", "html");
        json.WriteStartObject("fields");
        json.WriteStartObject(BodyField);
        json.WriteString("type", "unified");
        json.WriteNumber("fragment_size", Shape.FragmentLength);
        json.WriteNumber("number_of_fragments", Shape.MaxFragments);
        json.WriteNumber("no_match_size", Shape.FragmentLength);
        json.WriteEndObject();
        Whole(json, HeadlineField);
        Whole(json, BylineField);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A short field marked whole (no fragments).</summary>
    private static void Whole(Utf8JsonWriter json, string field)
    {
        json.WriteStartObject(field);
        json.WriteString("type", "unified");
        json.WriteNumber("number_of_fragments", 0);
        json.WriteEndObject();
    }
}
