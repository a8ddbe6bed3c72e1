namespace ArchiveSearch.Index.Evaluation;

/// <summary>An article a related draft should find: its page (relative to the evaluation inbox) and part of its title.</summary>
public sealed record ExpectedArticle(string PagePath, string TitleContains)
{
    public string PageId => PagePath.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? PagePath[..^4] : PagePath;
}

/// <summary>
/// One draft of the coverage evaluation: which part it belongs to (tune or aside), whether the archive holds
/// its story, the draft's date, the articles it should find (none for an unrelated draft) and its text.
/// </summary>
public sealed record CoverageDraft(string Part, bool Related, DateOnly Date, IReadOnlyList<ExpectedArticle> Expected, string Text, int Line);
