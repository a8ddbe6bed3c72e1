using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace ArchiveSearch.Index.Search;

/// <summary>Queries over word-analysed fields, used for ranking and for relaxed matching.</summary>
public static class WordQueries
{
    /// <summary>The analyzer's terms for a text, in order, duplicates kept.</summary>
    public static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    /// <summary>
    /// The text's words as a phrase in one field (slop 0), keeping the analyzer's position gaps; null when
    /// the text has fewer than two words, where a phrase would add nothing to the term matches.
    /// </summary>
    public static Query? Phrase(Analyzer analyzer, string field, string text, float boost = 1f)
    {
        var phrase = new PhraseQuery { Boost = boost };
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        var count = 0;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            phrase.Add(new Term(field, term.ToString()), position);
            count++;
        }

        stream.End();
        return count < 2 ? null : phrase;
    }

    /// <summary>
    /// The text's words as a phrase (slop 0) that ends within the first <paramref name="positions"/> words of the
    /// field; null when the text has no words.
    /// </summary>
    public static Query? NearStart(Analyzer analyzer, string field, string text, int positions)
    {
        var words = Terms(analyzer, field, text).Select(t => (SpanQuery)new SpanTermQuery(new Term(field, t))).ToArray();
        return words.Length switch
        {
            0 => null,
            1 => new SpanFirstQuery(words[0], positions),
            _ => new SpanFirstQuery(new SpanNearQuery(words, 0, inOrder: true), positions),
        };
    }

    /// <summary>A disjunction of the text's terms in one field, each term once.</summary>
    public static Query? AnyTerm(Analyzer analyzer, string field, string text, float boost = 1f)
    {
        var query = new BooleanQuery(disableCoord: true) { Boost = boost };
        foreach (var term in new HashSet<string>(Terms(analyzer, field, text), StringComparer.Ordinal))
            query.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        return query.Clauses.Count == 0 ? null : query;
    }
}
