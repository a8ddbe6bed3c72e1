namespace ArchiveSearch.Server.Html;

/// <summary>What a block of the printed page is, as the page view labels it.</summary>
public enum BlockRole
{
    Headline,
    Subtitle,
    Byline,
    Paragraph,
    Caption,
    Credit,
    Furniture,

    /// <summary>A section heading inside an article's body.</summary>
    Heading,
}

/// <summary>
/// One block of the page in printed order: a headline, byline, paragraph, caption, credit, or a line in no item
/// (<see cref="Ordinal"/> null), with where it starts in the page text.
/// </summary>
public sealed record PrintedBlock(int? Ordinal, BlockRole Role, string Text, int Offset);
