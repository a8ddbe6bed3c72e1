using System.Text.Json;
using ArchiveSearch.Index.ClusterExport;
using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Index.ClusterSearch;

/// <summary>
/// The index's relaxed match (<see cref="RelaxedQueries"/>) as the query DSL: each of the query's words must occur as
/// written (a phrase on the exact fields, small constant score) and as a whole word of the headline or body (a
/// <c>term</c> on the word fields, which hold the same SmartCN words); at least <see cref="RelaxedQueries.RequiredShare"/>
/// of the words, rounded up, must match.
/// </summary>
public static class RelaxedMatch
{
    public static void Write(Utf8JsonWriter json, IReadOnlyList<string> words)
    {
        json.WriteStartObject();
        json.WriteStartObject("bool");
        json.WriteStartArray("should");
        foreach (var word in words)
            Word(json, word);
        json.WriteEndArray();
        json.WriteNumber("minimum_should_match", Math.Max(1, (int)Math.Ceiling(words.Count * RelaxedQueries.RequiredShare)));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Word(Utf8JsonWriter json, string word)
    {
        json.WriteStartObject();
        json.WriteStartObject("bool");
        json.WriteStartArray("must");
        json.WriteStartObject();
        json.WriteStartObject("constant_score");
        json.WriteStartObject("filter");
        QueryDslTranslator.Phrase(json, ClusterFields.ExactText, word);
        json.WriteEndObject();
        json.WriteNumber("boost", QueryDslTranslator.ExactBoost);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject();
        json.WriteStartObject("bool");
        json.WriteStartArray("should");
        Term(json, ClusterFields.Title, word, 3f);
        Term(json, ClusterFields.Subtitle, word, 2f);
        Term(json, ClusterFields.Body, word, 1f);
        json.WriteEndArray();
        json.WriteNumber("minimum_should_match", 1);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Term(Utf8JsonWriter json, string field, string word, float boost)
    {
        json.WriteStartObject();
        json.WriteStartObject("term");
        json.WriteStartObject(field);
        json.WriteString("value", word);
        if (boost != 1f)
            json.WriteNumber("boost", boost);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
