namespace ArchiveSearch.Archive.Articles;

/// <summary>What a piece of a page is: a full article, a short news brief, or a photo with its caption.</summary>
public enum ArticleKind
{
    Article,
    Brief,
    Photo,
}

/// <summary>A person credited by a byline or a photo credit, with the role the credit names (记者, 通讯员, 摄影) when it names one.</summary>
public sealed record Author(string Name, string? Role = null);

/// <summary>One article cut from a page: the unit that is indexed, searched and shown.</summary>
public sealed record Article
{
    /// <summary>Position of the article on its page, starting at 1.</summary>
    public required int Ordinal { get; init; }

    public ArticleKind Kind { get; init; } = ArticleKind.Article;

    public required string Title { get; init; }

    /// <summary>Kicker or sub-headline (often introduced by ——), if the page has one.</summary>
    public string? Subtitle { get; init; }

    /// <summary>The byline as printed, e.g. 本报讯 记者刘家伟报道.</summary>
    public string? Byline { get; init; }

    public IReadOnlyList<Author> Authors { get; init; } = [];

    /// <summary>Body paragraphs after wrap repair; headings and credits are not part of them.</summary>
    public required IReadOnlyList<string> Paragraphs { get; init; }

    /// <summary>Paragraphs that are section headings inside the body (e.g. the headline of an item merged into this one).</summary>
    public IReadOnlyList<string> Headings { get; init; } = [];

    /// <summary>UTF-16 offset of the article's first character in the page text.</summary>
    public int StartOffset { get; init; }

    /// <summary>UTF-16 offset just past the article's last character in the page text.</summary>
    public int EndOffset { get; init; }

    /// <summary>How sure the segmenter is of this cut, and why not when it is unsure.</summary>
    public CutVerdict Cut { get; init; } = CutVerdict.Sure;

    /// <summary>The body as one text, paragraphs separated by a line break.</summary>
    public string Body => string.Join('\n', Paragraphs);
}
