using ArchiveSearch.Index.Schema;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Search;

/// <summary>
/// The fallback for a query that matches nothing as written: its texts are cut into words by the word
/// analyzer and most of those words must occur, so a paraphrase of a story still finds it.
/// </summary>
public static class RelaxedQueries
{
    /// <summary>Share of the query's words that must match (rounded up).</summary>
    public const double RequiredShare = 0.6;

    public static (Query? Query, IReadOnlyList<string> Words) Build(Analyzer words, IEnumerable<string> texts)
    {
        var distinct = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var word in WordQueries.Terms(words, ArticleFields.Body, text))
            {
                if (seen.Add(word))
                    distinct.Add(word);
            }
        }

        if (distinct.Count == 0)
            return (null, distinct);

        var query = new BooleanQuery(disableCoord: false);
        foreach (var word in distinct)
        {
            var anyField = new BooleanQuery(disableCoord: true)
            {
                { new TermQuery(new Term(ArticleFields.Title, word)) { Boost = 3f }, Occur.SHOULD },
                { new TermQuery(new Term(ArticleFields.Subtitle, word)) { Boost = 2f }, Occur.SHOULD },
                { new TermQuery(new Term(ArticleFields.Body, word)), Occur.SHOULD },
            };
            query.Add(anyField, Occur.SHOULD);
        }

        query.MinimumNumberShouldMatch = Math.Max(1, (int)Math.Ceiling(distinct.Count * RequiredShare));
        return (query, distinct);
    }
}
