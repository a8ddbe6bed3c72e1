namespace ArchiveSearch.Archive.Segmentation;

/// <summary>One non-blank line of a page, trimmed, with its UTF-16 span in the page text.</summary>
public sealed record PageLine(string Text, int Start)
{
    public int End => Start + Text.Length;
}
