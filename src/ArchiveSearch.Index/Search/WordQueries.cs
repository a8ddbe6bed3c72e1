using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

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

    /// <summary>A conjunction of the text's terms in one field, each term once; null when the text has no words.</summary>
    public static Query? AllTerms(Analyzer analyzer, string field, string text) => EachTerm(analyzer, field, text, Occur.MUST, 1f);

    /// <summary>A disjunction of the text's terms in one field, each term once.</summary>
    public static Query? AnyTerm(Analyzer analyzer, string field, string text, float boost = 1f) => EachTerm(analyzer, field, text, Occur.SHOULD, boost);

    private static Query? EachTerm(Analyzer analyzer, string field, string text, Occur occur, float boost)
    {
        var query = new BooleanQuery(disableCoord: true) { Boost = boost };
        foreach (var term in new HashSet<string>(Terms(analyzer, field, text), StringComparer.Ordinal))
            query.Add(new TermQuery(new Term(field, term)), occur);
        return query.Clauses.Count == 0 ? null : query;
    }
}
