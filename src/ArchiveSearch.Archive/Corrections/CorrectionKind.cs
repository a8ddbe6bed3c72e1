namespace ArchiveSearch.Archive.Corrections;

/// <summary>What a correction does. The names are those of the correction files.</summary>
public static class CorrectionKind
{
    /// <summary>Cuts an item before one of its paragraphs; the rest becomes an item of its own.</summary>
    public const string Split = "split";

    /// <summary>Appends the second item's text to the first; the second is gone.</summary>
    public const string Merge = "merge";

    /// <summary>Moves a paragraph (or caption) to another item, or out of all items when no target is named.</summary>
    public const string Move = "move";

    /// <summary>Moves a credit (摄影 …, a byline) to another item, or out of all items.</summary>
    public const string MoveCredit = "move-credit";

    /// <summary>Sets an item's headline, subtitle, byline or authors.</summary>
    public const string Set = "set";

    /// <summary>Sets the page's paper, date or page number.</summary>
    public const string Page = "page";

    public static readonly IReadOnlyList<string> All = [Split, Merge, Move, MoveCredit, Set, Page];
}
