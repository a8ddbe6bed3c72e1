using ArchiveSearch.Index.Querying;
using ArchiveSearch.Index.Schema;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Search;

/// <summary>What a user query becomes: the strict match, the relaxed fallback, and its marks (the strings a hit marks).</summary>
public sealed record CompiledQuery(Query Match, Query? Relaxed, IReadOnlyList<string> Marks, IReadOnlyList<string> Words);

/// <summary>
/// Turns a parsed user query into Lucene queries. Every term must occur as written, which the exact
/// character fields decide; the SmartCN word fields and the headline and lead only rank (a match in the
/// headline highest), so the word segmenter can never lose a match.
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
            throw new InvalidSearchException(e);
        }

        var marks = QueryNodes.PositiveTerms(parsed).SelectMany(t => t.Literals).Distinct(StringComparer.Ordinal).ToList();
        var match = Compile(parsed);
        // Quoting is a demand for the text as written: such a query is never relaxed.
        var (relaxed, words) = QueryNodes.OnlyQuoted(parsed) ? (null, []) : RelaxedQueries.Build(analyzers.Words, marks);
        return new CompiledQuery(WithLengthPrior(match), WithLengthPrior(KeepExclusions(parsed, relaxed)), marks, words.Count > 0 ? words : marks);
    }

    /// <summary>Weight of <see cref="LengthPrior"/>: added once to the score of every match, it decides between items that match alike.</summary>
    public const float LengthPriorWeight = 10f;

    /// <summary>Adds the length prior to the score of each match; what matches is unchanged (a page's own lines have none).</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(match))]
    private static Query? WithLengthPrior(Query? match) => match is null ? null : new LengthPriorQuery(match, LengthPriorWeight / LengthPrior.Scale);

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
        var exact = (term.Within is { } within ? ExactQueries.Near(field, term.Literals, within) : ContainsAny(field, term.Literals))
            ?? throw new InvalidSearchException(SearchProblem.TermWithoutText, $"'{term.Text}' has nothing to search for.", ("term", term.Text));
        var query = new BooleanQuery(disableCoord: true) { { new ConstantScoreQuery(exact) { Boost = 0.1f }, Occur.MUST } };
        if (term.Field != QueryField.Author)
            AddRanking(query, term);
        return query;
    }

    /// <summary>The field contains one of the strings (a phrase as written or with its spaces between Chinese characters dropped).</summary>
    private static Query? ContainsAny(ExactField field, IReadOnlyList<string> strings)
    {
        if (strings.Count == 1)
            return ExactQueries.Contains(field, strings[0]);
        var any = new BooleanQuery(disableCoord: true);
        foreach (var text in strings)
        {
            if (ExactQueries.Contains(field, text) is { } query)
                any.Add(query, Occur.SHOULD);
        }

        return any.Clauses.Count == 0 ? null : any;
    }

    /// <summary>How much a match in the headline (title, sub-headline or both as one) adds: an article is about what its headline names.</summary>
    public const float HeadlineBoost = 20f;

    /// <summary>How much a match in the lead (the first <see cref="LeadWords"/> words of the body) adds.</summary>
    public const float LeadBoost = 10f;

    public const int LeadWords = ArticleFields.LeadWords;

    private void AddRanking(BooleanQuery query, TermNode term)
    {
        AddSubjectRanking(query, term);
        var words = analyzers.Words;
        if (WordQueries.AnyTerm(words, ArticleFields.Title, term.Text, boost: 3f) is { } title)
            query.Add(title, Occur.SHOULD);
        if (WordQueries.AnyTerm(words, ArticleFields.Subtitle, term.Text, boost: 2f) is { } subtitle)
            query.Add(subtitle, Occur.SHOULD);
        if (term.Field == QueryField.Title)
            return;
        if (WordQueries.AnyTerm(words, ArticleFields.Body, term.Text) is { } body)
            query.Add(body, Occur.SHOULD);
    }

    /// <summary>
    /// What the article is about: the term in its headline, read from the exact headline so a name SmartCN cuts apart
    /// counts as much as a word it knows (rule: headline), or all its words among the first <see cref="LeadWords"/> words
    /// of the body (rule: lead). Whether the term stands there as written is the exact match's question, not this one's.
    /// </summary>
    private void AddSubjectRanking(BooleanQuery query, TermNode term)
    {
        if (term.Within is not null || term.Field != QueryField.Any)
            return;
        if (ExactQueries.Contains(ExactField.Headline, term.Text) is { } headline)
            query.Add(new ConstantScoreQuery(headline) { Boost = HeadlineBoost }, Occur.SHOULD);
        if (WordQueries.AllTerms(analyzers.Words, ArticleFields.Lead, term.Text) is { } lead)
            query.Add(new ConstantScoreQuery(lead) { Boost = LeadBoost }, Occur.SHOULD);
    }
}
