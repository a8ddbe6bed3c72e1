using ArchiveSearch.Index.Schema;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Search;

/// <summary>What a user query becomes: the strict match, the relaxed fallback, and what to highlight.</summary>
public sealed record CompiledQuery(Query Match, Query? Relaxed, IReadOnlyList<string> Literals, IReadOnlyList<string> Words);

/// <summary>Turns the text of a user query into Lucene queries.</summary>
public sealed class QueryCompiler(ArchiveAnalyzers analyzers)
{
    public const int MaxQueryLength = 1000;

    public CompiledQuery Compile(string text)
    {
        if (text.Length > MaxQueryLength)
            throw new InvalidSearchException($"The query is too long ({text.Length} characters); at most {MaxQueryLength} are allowed.");
        var raw = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var allQuoted = raw.All(p => p.Length > 1 && p[0] == '"' && p[^1] == '"');
        var parts = raw.Select(p => p.Trim('"')).Where(p => p.Length > 0).ToArray();
        var match = new BooleanQuery();
        foreach (var part in parts)
        {
            if (ExactQueries.ContainsInAny(ArticleFields.Text.Select(ArticleFields.Exact), part) is not { } exact)
                continue;
            match.Add(new ConstantScoreQuery(exact) { Boost = 0f }, Occur.MUST);
            if (WordQueries.AnyTerm(analyzers.Words, ArticleFields.Title, part, boost: 3f) is { } title)
                match.Add(title, Occur.SHOULD);
            if (WordQueries.AnyTerm(analyzers.Words, ArticleFields.Body, part) is { } body)
                match.Add(body, Occur.SHOULD);
            if (WordQueries.Phrase(analyzers.Words, ArticleFields.Title, part, boost: 4f) is { } titlePhrase)
                match.Add(titlePhrase, Occur.SHOULD);
            if (WordQueries.Phrase(analyzers.Words, ArticleFields.Body, part, boost: 2f) is { } bodyPhrase)
                match.Add(bodyPhrase, Occur.SHOULD);
        }

        if (match.Clauses.Count == 0)
            throw new InvalidSearchException("The query is empty: type at least one word.");
        // Quoting is a demand for the text as written: such a query is never relaxed.
        var (relaxed, words) = RelaxedQueries.Build(analyzers.Words, parts);
        return new CompiledQuery(match, allQuoted ? null : relaxed, parts, words);
    }
}
