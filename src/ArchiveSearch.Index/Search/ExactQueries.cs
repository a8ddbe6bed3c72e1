using ArchiveSearch.Analysis.Exact;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace ArchiveSearch.Index.Search;

/// <summary>Queries over the exact twins of text fields: a string matches where it stands in the text, as typed.</summary>
public static class ExactQueries
{
    /// <summary>A query matching the documents whose <paramref name="exactField"/> contains <paramref name="text"/>, or null when the text has no characters to match.</summary>
    public static Query? Contains(string exactField, string text)
    {
        var grams = ExactGrams.ForQuery(text);
        switch (grams.Count)
        {
            case 0:
                return null;
            case 1:
                return new TermQuery(new Term(exactField, grams[0].Text));
        }

        var phrase = new PhraseQuery();
        foreach (var gram in grams)
            phrase.Add(new Term(exactField, gram.Text), gram.Position);
        return phrase;
    }

    /// <summary>
    /// The occurrences of a string without spaces as spans covering exactly its characters: its bigrams end to end and
    /// its last character, so a span's length is the string's length in positions. Null when there is nothing to match.
    /// </summary>
    public static SpanQuery? Occurrences(string exactField, string text)
    {
        var grams = ExactGrams.ForQuery(text);
        if (grams.Count == 0)
            return null;
        var last = ExactGrams.ForIndex(text).Last();
        if (grams.Count == 1 && grams[0] == last)
            return new SpanTermQuery(new Term(exactField, last.Text));
        var clauses = grams.Select(g => (SpanQuery)new SpanTermQuery(new Term(exactField, g.Text))).Append(new SpanTermQuery(new Term(exactField, last.Text)));
        return new SpanNearQuery([.. clauses], slop: 0, inOrder: true);
    }

    /// <summary>Matches documents whose <paramref name="exactField"/> has the text (without spaces) within its first <paramref name="positions"/> positions.</summary>
    public static Query? NearStart(string exactField, string text, int positions) =>
        Occurrences(exactField, text) is { } span ? new SpanFirstQuery(span, positions) : null;

    /// <summary>
    /// Matches documents whose <paramref name="exactField"/> holds every one of <paramref name="parts"/> (strings
    /// without spaces), in any order, with at most <paramref name="within"/> positions between one and the next (a
    /// position is a character; a run of white space is one).
    /// </summary>
    public static Query? Near(string exactField, IReadOnlyList<string> parts, int within)
    {
        var spans = new List<SpanQuery>(parts.Count);
        foreach (var part in parts)
        {
            if (Occurrences(exactField, part) is not { } span)
                return null;
            spans.Add(span);
        }

        return spans.Count switch
        {
            0 => null,
            1 => spans[0],
            _ => new SpanNearQuery([.. spans], within, inOrder: false),
        };
    }

    /// <summary>Matches documents where any of the fields holds the parts near each other (see <see cref="Near"/>).</summary>
    public static Query? NearInAny(IEnumerable<string> exactFields, IReadOnlyList<string> parts, int within)
    {
        var any = new BooleanQuery();
        foreach (var field in exactFields)
        {
            if (Near(field, parts, within) is { } query)
                any.Add(query, Occur.SHOULD);
        }

        return any.Clauses.Count == 0 ? null : any;
    }

    /// <summary>Matches documents where any of the fields contains the text.</summary>
    public static Query? ContainsInAny(IEnumerable<string> exactFields, string text)
    {
        var any = new BooleanQuery();
        foreach (var field in exactFields)
        {
            if (Contains(field, text) is { } query)
                any.Add(query, Occur.SHOULD);
        }

        return any.Clauses.Count == 0 ? null : any;
    }
}
