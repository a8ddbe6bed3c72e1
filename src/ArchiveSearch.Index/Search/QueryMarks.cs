using ArchiveSearch.Index.Highlighting;
using ArchiveSearch.Index.Schema;

namespace ArchiveSearch.Index.Search;

/// <summary>A query's marks in an article shown whole: the same strings a hit's snippet marks when the query matches as written.</summary>
public sealed class QueryMarks(ArchiveAnalyzers analyzers)
{
    private readonly QueryCompiler compiler = new(analyzers);

    /// <summary>The marks of a query; none for no query or one that cannot be parsed (the article is still shown).</summary>
    public IReadOnlyList<string> For(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
            return [];
        try
        {
            return compiler.Compile(query).Marks;
        }
        catch (InvalidSearchException)
        {
            return [];
        }
    }

    /// <summary>The text as safe HTML, every occurrence of the marks in <c>&lt;mark&gt;</c>.</summary>
    public static string Mark(string text, IReadOnlyList<string> marks) => Highlighter.MarkAll(text, MatchFinder.Find(text, marks));
}
