using System.Diagnostics.CodeAnalysis;
using ArchiveSearch.Index.Highlighting;
using ArchiveSearch.Index.Schema;

namespace ArchiveSearch.Index.Search;

/// <summary>Marks the matches of a hit: passages of the body shown under it, and its headlines in full.</summary>
public sealed class SnippetMaker
{
    private readonly Highlighter highlighter = new();

    /// <summary>Passages of the body around the occurrences of the query's marks, as safe HTML.</summary>
    public IReadOnlyList<string> Fragments(StoredArticle article, IReadOnlyList<string> marks) =>
        highlighter.Fragments(article.Body, MatchFinder.Find(article.Body, marks));

    /// <summary>The lines of the body that hold a match, whole and marked (at most the highlighter's number of fragments); the first line when none does.</summary>
    public IReadOnlyList<string> Lines(StoredArticle article, IReadOnlyList<string> marks)
    {
        var lines = article.Body.Split('\n');
        var marked = lines
            .Select(line => (Line: line, Matches: MatchFinder.Find(line, marks)))
            .Where(l => l.Matches.Count > 0)
            .Take(highlighter.MaxFragments)
            .Select(l => Highlighter.MarkAll(l.Line, l.Matches))
            .ToList();
        return marked.Count > 0 ? marked : [Highlighter.MarkAll(lines[0], [])];
    }

    /// <summary>
    /// A headline whole, as safe HTML with the occurrences of the query's marks in <mark>; headlines are short
    /// enough to show uncut. Null stays null, so a hit without a subtitle has no marked one either.
    /// </summary>
    [return: NotNullIfNotNull(nameof(text))]
    public string? Headline(string? text, IReadOnlyList<string> marks) =>
        text is null ? null : Highlighter.MarkAll(text, MatchFinder.Find(text, marks));
}
