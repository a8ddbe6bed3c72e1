using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Segmentation;

namespace ArchiveSearch.Archive.Corrections;

/// <summary>An item of a page while corrections are applied to it.</summary>
internal sealed class WorkingItem
{
    private const int MaxBriefLength = 200;
    private const int MaxDerivedTitleLength = 30;

    public required int Ordinal { get; init; }
    public ArticleKind Kind { get; set; }
    public required string Title { get; set; }

    /// <summary>The title is the opening of the text (the item has no headline), so it follows the first paragraph.</summary>
    public bool TitleDerived { get; set; }

    public string? Subtitle { get; set; }
    public string? Byline { get; set; }
    public List<Author> Authors { get; init; } = [];
    public List<string> Paragraphs { get; init; } = [];

    /// <summary>Paragraphs that are section headings of the body.</summary>
    public HashSet<string> Headings { get; init; } = [];
    public int Start { get; set; }
    public int End { get; set; }

    public static WorkingItem From(Article article) => new()
    {
        Ordinal = article.Ordinal,
        Kind = article.Kind,
        Title = article.Title,
        TitleDerived = article.Paragraphs.Count > 0 && article.Title == DerivedTitle(article.Paragraphs[0]),
        Subtitle = article.Subtitle,
        Byline = article.Byline,
        Authors = article.Authors.ToList(),
        Paragraphs = article.Paragraphs.ToList(),
        Headings = article.Headings.ToHashSet(),
        Start = article.StartOffset,
        End = article.EndOffset,
    };

    public bool Holds(ParagraphRef paragraph) => Paragraphs.Any(paragraph.Matches);

    /// <summary>Nothing of its own is left: no text, and a title that was only the opening of text now gone.</summary>
    public bool IsEmpty => Paragraphs.Count == 0 && (TitleDerived || Title.Length == 0);

    /// <summary>An untitled item is named by the first clause of its text, as the segmenter names it.</summary>
    public void RenameIfDerived()
    {
        if (TitleDerived && Paragraphs.Count > 0)
            Title = DerivedTitle(Paragraphs[0]);
    }

    public void AddPeople(string credit)
    {
        foreach (var person in Credits.People(credit))
        {
            if (Authors.All(a => a.Name != person.Name))
                Authors.Add(person);
        }
    }

    /// <summary>A brief or an article by length, once a correction gave an item other text (photos stay photos).</summary>
    public void Reclassify()
    {
        if (Kind == ArticleKind.Photo)
            return;
        Kind = Subtitle is null && Paragraphs.Sum(p => p.Length) < MaxBriefLength ? ArticleKind.Brief : ArticleKind.Article;
    }

    public Article ToArticle() => new()
    {
        Ordinal = Ordinal,
        Kind = Kind,
        Title = Title,
        Subtitle = Subtitle,
        Byline = Byline,
        Authors = Authors.ToList(),
        Paragraphs = Paragraphs.ToList(),
        Headings = Paragraphs.Where(Headings.Contains).Distinct().ToList(),
        StartOffset = Start,
        EndOffset = End,
    };

    public static string DerivedTitle(string paragraph)
    {
        var text = LineShapes.WithoutPictureLabel(paragraph);
        var cut = text.IndexOfAny(['。', '！', '？']);
        if (cut > 0)
            text = text[..cut];
        return text.Length <= MaxDerivedTitleLength ? text : text[..MaxDerivedTitleLength] + "…";
    }
}
