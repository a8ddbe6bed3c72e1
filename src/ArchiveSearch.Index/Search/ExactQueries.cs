using ArchiveSearch.Analysis.Exact;
using Lucene.Net.Index;
using Lucene.Net.Search;

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
