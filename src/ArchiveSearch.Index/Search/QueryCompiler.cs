using ArchiveSearch.Index.Querying;
using ArchiveSearch.Index.Schema;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Search;

/// <summary>What a user query becomes: the strict match, the relaxed fallback, and what to highlight.</summary>
public sealed record CompiledQuery(Query Match, Query? Relaxed, IReadOnlyList<string> Literals, IReadOnlyList<string> Words);

/// <summary>
/// Turns a parsed user query into Lucene queries. Every term must occur as written, which the exact
/// character fields decide; the SmartCN word fields only rank (title and whole-phrase matches
/// highest), so the word segmenter can never lose a match.
/// </summary>
public sealed class QueryCompiler(ArchiveAnalyzers analyzers)
{

    public CompiledQuery Compile(string text)
    {
        QueryNode parsed;
        try
        {
            parsed = QueryParser.Parse(text);
        }
        catch (QuerySyntaxException e)
        {
            throw new InvalidSearchException(e.Message);
        }

        var literals = QueryNodes.PositiveTerms(parsed).Select(t => t.Text).Distinct(StringComparer.Ordinal).ToList();
        var match = Compile(parsed);
        // Quoting is a demand for the text as written: such a query is never relaxed.
        var (relaxed, words) = QueryNodes.OnlyQuoted(parsed) ? (null, []) : RelaxedQueries.Build(analyzers.Words, literals);
        return new CompiledQuery(match, KeepExclusions(parsed, relaxed), literals, words.Count > 0 ? words : literals);
    }

    /// <summary>What the user excluded stays excluded when the match is relaxed.</summary>
    private Query? KeepExclusions(QueryNode parsed, Query? relaxed)
    {
        if (relaxed is null || parsed is not AndNode and || !and.Children.Any(c => c is NotNode))
            return relaxed;
        var query = new BooleanQuery(disableCoord: true) { { relaxed, Occur.MUST } };
        foreach (var not in and.Children.OfType<NotNode>())
            query.Add(Compile(not.Child), Occur.MUST_NOT);
        return query;
    }

    private Query Compile(QueryNode node) => node switch
    {
        TermNode term => Term(term),
        AndNode and => Combine(and.Children, Occur.MUST),
        OrNode or => Combine(or.Children, Occur.SHOULD),
        NotNode not => Compile(not.Child),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private Query Combine(IReadOnlyList<QueryNode> children, Occur occur)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var child in children)
            query.Add(Compile(child is NotNode not ? not.Child : child), child is NotNode ? Occur.MUST_NOT : occur);
        return query;
    }

    /// <summary>The term must stand in one of its fields as written; how well it matches as words decides the score.</summary>
    private Query Term(TermNode term)
    {
        var field = term.Field switch
        {
            QueryField.Title => ExactField.Headline,
            QueryField.Author => ExactField.Author,
            _ => ExactField.Text,
        };
        var exact = ExactQueries.Contains(field, term.Text)
            ?? throw new InvalidSearchException($"'{term.Text}' has nothing to search for.");
        var query = new BooleanQuery(disableCoord: true) { { new ConstantScoreQuery(exact) { Boost = 0.1f }, Occur.MUST } };
        if (term.Field != QueryField.Author)
            AddRanking(query, term);
        return query;
    }

    private void AddRanking(BooleanQuery query, TermNode term)
    {
        var words = analyzers.Words;
        if (WordQueries.AnyTerm(words, ArticleFields.Title, term.Text, boost: 3f) is { } title)
            query.Add(title, Occur.SHOULD);
        if (WordQueries.Phrase(words, ArticleFields.Title, term.Text, boost: 4f) is { } titlePhrase)
            query.Add(titlePhrase, Occur.SHOULD);
        if (WordQueries.AnyTerm(words, ArticleFields.Subtitle, term.Text, boost: 2f) is { } subtitle)
            query.Add(subtitle, Occur.SHOULD);
        if (term.Field == QueryField.Title)
            return;
        if (WordQueries.AnyTerm(words, ArticleFields.Body, term.Text) is { } body)
            query.Add(body, Occur.SHOULD);
        if (WordQueries.Phrase(words, ArticleFields.Body, term.Text, boost: 2f) is { } bodyPhrase)
            query.Add(bodyPhrase, Occur.SHOULD);
    }
}
