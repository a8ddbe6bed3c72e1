using ArchiveSearch.Index.Schema;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Search;

/// <summary>
/// The fallback for a query that matches nothing as written: it is cut into SmartCN words of two or more
/// characters, and most of those words must occur in an article both as written (the exact fields) and as a
/// whole SmartCN word of its headline or body (the word fields), so a near match shares words with the query,
/// never a lone character of a name (郑 of 郑晓雯 in 郑重) or a string inside other words. A query of single
/// characters only (a name the dictionary does not know) has no near matches.
/// </summary>
public static class RelaxedQueries
{
    /// <summary>Share of the query's words that must match (rounded up).</summary>
    public const double RequiredShare = 0.6;

    /// <summary>Particles and question words of a typed question, which say nothing about the story.</summary>
    private static readonly HashSet<string> Insignificant = new(StringComparer.Ordinal)
    {
        "的", "了", "是", "在", "和", "与", "及", "也", "都", "就", "还", "又", "吗", "呢", "吧", "啊",
        "什么", "时候", "怎么", "怎样", "如何", "哪里", "哪些", "多少", "为什么", "是否", "有没有",
    };

    public static (Query? Query, IReadOnlyList<string> Words) Build(Analyzer words, IEnumerable<string> texts)
    {
        var all = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var word in WordQueries.Terms(words, ArticleFields.Body, text))
            {
                if (!Insignificant.Contains(word) && seen.Add(word))
                    all.Add(word);
            }
        }

        // Single characters say nothing on their own: they are pieces of names and of other words.
        var significant = all.Where(w => w.Length > 1).ToList();
        if (significant.Count == 0)
            return (null, significant);

        var query = new BooleanQuery(disableCoord: false);
        foreach (var word in significant)
        {
            var occurs = ExactQueries.Contains(ExactField.Text, word);
            if (occurs is null)
                continue;
            var asWord = new BooleanQuery(disableCoord: true)
            {
                { new TermQuery(new Term(ArticleFields.Title, word)) { Boost = 3f }, Occur.SHOULD },
                { new TermQuery(new Term(ArticleFields.Subtitle, word)) { Boost = 2f }, Occur.SHOULD },
                { new TermQuery(new Term(ArticleFields.Body, word)), Occur.SHOULD },
            };
            var clause = new BooleanQuery(disableCoord: true)
            {
                { new ConstantScoreQuery(occurs) { Boost = 0.1f }, Occur.MUST },
                { asWord, Occur.MUST },
            };
            query.Add(clause, Occur.SHOULD);
        }

        query.MinimumNumberShouldMatch = Math.Max(1, (int)Math.Ceiling(query.Clauses.Count * RequiredShare));
        return (query, significant);
    }
}
