using ArchiveSearch.Index.Highlighting;
using ArchiveSearch.Index.Schema;

namespace ArchiveSearch.Index.Search;

/// <summary>Marks a query's strings in an article shown whole: the same strings the hit's snippet marks when the query matches as written.</summary>
public sealed class QueryMarks(ArchiveAnalyzers analyzers)
{
    private readonly QueryCompiler compiler = new(analyzers);

    /// <summary>The strings to mark for a query; none for no query or one that cannot be parsed (the article is still shown).</summary>
    public IReadOnlyList<string> Strings(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
            return [];
        try
        {
            return compiler.Compile(query).Literals;
        }
        catch (InvalidSearchException)
        {
            return [];
        }
    }

    /// <summary>The text as safe HTML, every occurrence of the strings in <c>&lt;mark&gt;</c>.</summary>
    public static string Mark(string text, IReadOnlyList<string> strings) => Highlighter.MarkAll(text, MatchFinder.Find(text, strings));
}
