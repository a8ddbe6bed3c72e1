using ArchiveSearch.Analysis.Exact;
using ArchiveSearch.Index.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace ArchiveSearch.Index.Search;

/// <summary>
/// The one place that turns a typed string into an exact-match query: a string matches where it stands in
/// the text, as typed (see <see cref="ExactGrams"/> for what is indexed and why the match is exact).
/// </summary>
public static class ExactQueries
{
    /// <summary>
    /// A query matching the documents whose <paramref name="field"/> contains <paramref name="text"/>: one
    /// character is one term, a longer string the phrase of its characters. Null when the text has no characters.
    /// </summary>
    public static Query? Contains(ExactField field, string text)
    {
        var sequence = ExactGrams.ForQuery(text);
        switch (sequence.Count)
        {
            case 0:
                return null;
            case 1:
                return new TermQuery(new Term(field.Name, sequence[0].Text));
        }

        var phrase = new PhraseQuery();
        foreach (var gram in sequence)
            phrase.Add(new Term(field.Name, gram.Text), gram.Position);
        return phrase;
    }

    /// <summary>Matches documents where any of the fields contains the text.</summary>
    public static Query? ContainsInAny(IEnumerable<ExactField> fields, string text)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var field in fields)
        {
            if (Contains(field, text) is { } query)
                any.Add(query, Occur.SHOULD);
        }

        return any.Clauses.Count switch
        {
            0 => null,
            1 => any.Clauses[0].Query,
            _ => any,
        };
    }

    /// <summary>
    /// The same match as a span, for composing into span queries (proximity): one span from the first
    /// character of the string to its last, or null when the text has no characters.
    /// </summary>
    public static SpanQuery? Span(ExactField field, string text)
    {
        var spans = ExactGrams.ForQuery(text).Select(g => (SpanQuery)new SpanTermQuery(new Term(field.Name, g.Text))).ToArray();
        return spans.Length switch
        {
            0 => null,
            1 => spans[0],
            _ => new SpanNearQuery(spans, 0, inOrder: true),
        };
    }
}
