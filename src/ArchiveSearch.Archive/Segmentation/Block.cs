namespace ArchiveSearch.Archive.Segmentation;

/// <summary>A paragraph of the page, with what it is, the rule that said so, and where it lies in the page.</summary>
public sealed record Block(LineKind Kind, string Text, int Start, int End)
{
    /// <summary>The name of the line rule that decided <see cref="Kind"/>; null until the lines are classified.</summary>
    public string? Rule { get; init; }

    /// <summary>The byline that opened this paragraph (本报讯 记者X报道), already cut from <see cref="Text"/>.</summary>
    public string? Byline { get; init; }

    /// <summary>A credit that stood after this paragraph's last sentence, already cut from <see cref="Text"/>.</summary>
    public string? Credit { get; init; }

    public bool CreditIsPhoto { get; init; }

    /// <summary>A stanza: short lines printed without blank lines between them, kept line by line.</summary>
    public bool IsVerse { get; init; }
}
