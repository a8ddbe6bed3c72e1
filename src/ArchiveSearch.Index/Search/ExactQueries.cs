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
    /// character is one term, two units one pair term (<see cref="ExactPairs"/>; the phrase in a segment with documents indexed before pairs, <see cref="PairOrPhraseQuery"/>), a longer string the phrase of its
    /// characters. For matching only: a pair's score is no measure of the match, so callers score it as a constant
    /// (or use <see cref="Phrase"/> where the score counts). Null when the text has no characters.
    /// <para>
    /// A longer string is not narrowed by its pairs first: the phrase walks the postings of its rarest character
    /// either way, and the pairs beside it made matching slower, not faster (docs/benchmarks.md, "pair terms").
    /// </para>
    /// </summary>
    public static Query? Contains(ExactField field, string text)
    {
        var sequence = ExactGrams.ForQuery(text);
        return sequence.Count switch
        {
            0 => null,
            1 => new TermQuery(new Term(field.Name, sequence[0].Text)),
            2 => new PairOrPhraseQuery(field.Name, new TermQuery(new Term(field.Pairs, ExactPairs.Term(sequence[0], sequence[1]))), Phrase(field, sequence)),
            _ => Phrase(field, sequence),
        };
    }

    /// <summary>
    /// The same match as <see cref="Contains"/> from the positions alone (one character: its term; more: the phrase
    /// of its characters), scored as Lucene scores a term or phrase, by how often and how rare it is: for queries
    /// whose score weighs the match. Null when the text has no characters.
    /// </summary>
    public static Query? Phrase(ExactField field, string text)
    {
        var sequence = ExactGrams.ForQuery(text);
        return sequence.Count switch
        {
            0 => null,
            1 => new TermQuery(new Term(field.Name, sequence[0].Text)),
            _ => Phrase(field, sequence),
        };
    }

    private static PhraseQuery Phrase(ExactField field, IReadOnlyList<ExactGram> sequence)
    {
        var phrase = new PhraseQuery();
        foreach (var gram in sequence)
            phrase.Add(new Term(field.Name, gram.Text), gram.Position);
        return phrase;
    }

    /// <summary>
    /// Matches documents whose <paramref name="field"/> holds every one of <paramref name="parts"/> (strings without
    /// spaces), in any order, with at most <paramref name="within"/> positions between one and the next: a position
    /// is a character, a run of white space is one, and the values of a field (headline, byline, body) stand
    /// <see cref="ExactGramAnalyzer.ValueGap"/> positions apart. Null when a part has no characters.
    /// </summary>
    public static Query? Near(ExactField field, IReadOnlyList<string> parts, int within)
    {
        var spans = new List<SpanQuery>(parts.Count);
        foreach (var part in parts)
        {
            if (Span(field, part) is not { } span)
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
