using ArchiveSearch.Archive.Articles;

namespace ArchiveSearch.Archive.Segmentation;

/// <summary>An article being assembled from consecutive blocks of a page.</summary>
internal sealed class ArticleDraft(int start)
{
    /// <summary>How long a titled article may be and still count as a brief.</summary>
    private const int MaxBriefLength = 200;

    private const int MaxDerivedTitleLength = 30;

    public List<string> Headings { get; } = [];
    public List<string> Kickers { get; } = [];
    public List<string> Body { get; } = [];
    public List<string> Credits { get; } = [];
    public List<Author> Authors { get; } = [];
    public string? Byline { get; set; }
    public bool IsPhoto { get; set; }

    /// <summary>Headings were kept in the text as sub-heads: the item is a feature.</summary>
    public bool HasSubHeads { get; set; }

    /// <summary>The kind its column's label gives the article (快讯: brief, 图说: photo), if any.</summary>
    public ArticleKind? ColumnKind { get; init; }

    /// <summary>An end credit was seen: whatever follows belongs to another article.</summary>
    public bool Closed { get; set; }

    public int Start { get; set; } = start;
    public int End { get; set; } = start;

    public bool IsEmpty => Headings.Count == 0 && Body.Count == 0;

    /// <summary>Holds only a byline or an editor's note so far: the headline that follows is its own.</summary>
    public bool AwaitsHeadline =>
        !Closed && Headings.Count == 0 && Kickers.Count == 0 && (Body.Count == 0 ? Byline is not null : Body.Count == 1 && Byline is null && IsEditorsNote(Body[0]));

    /// <summary>Has paragraphs of its own text, beyond an editor's note that introduces it.</summary>
    public bool HasText => Body.Count > (Body.Count > 0 && IsEditorsNote(Body[0]) ? 1 : 0);

    /// <summary>编者按：… introduces the article that follows it.</summary>
    public static bool IsEditorsNote(string paragraph) => paragraph.StartsWith(SegmentationLexicon.EditorsNoteOpening, StringComparison.Ordinal);

    /// <summary>An essay's or a poem's author line (□ 沈雁秋, 文/顾晚舟, ◎季川): literary pieces are never briefs.</summary>
    private bool IsSignedPiece => Byline is { } byline && Segmentation.Credits.IsAuthorLine(byline);

    public void Extend(Block block)
    {
        Start = Math.Min(Start, block.Start);
        End = Math.Max(End, block.End);
    }

    public void AddByline(string byline)
    {
        Byline ??= byline;
        AddPeople(byline);
    }

    /// <summary>A credit after the text: it becomes the byline when the article had none.</summary>
    public void AddCredit(string credit, bool photo)
    {
        if (Byline is null)
            Byline = credit;
        else
            Credits.Add(credit);
        AddPeople(credit);
        if (photo && Headings.Count > 0 && Authors.All(a => a.Role == "摄影"))
            IsPhoto = true;
    }

    private void AddPeople(string credit)
    {
        foreach (var person in Segmentation.Credits.People(credit))
        {
            if (Authors.All(a => a.Name != person.Name))
                Authors.Add(person);
        }
    }

    public Article ToArticle(int ordinal)
    {
        // An overline that introduces what someone says (…报告显示, …指出) or whom an interview is with (专访…) is not the headline; the next line is.
        var overline = Headings.Count > 1 && IntroducesStatement(Headings[0]) ? 1 : 0;
        var title = Headings.Count > 0 ? Headings[overline] : DerivedTitle();
        var subtitles = Headings.Take(overline).Concat(Headings.Skip(overline + 1)).Concat(Kickers.Select(k => k.TrimStart('—', '-', ' ', '\u3000'))).ToList();
        var bodyLength = Body.Sum(p => p.Length);
        var kind = IsPhoto ? ArticleKind.Photo
            : subtitles.Count > 0 || IsSignedPiece ? ArticleKind.Article // a sub-headline or kicker marks a full article, never a brief
            : ColumnKind ?? (bodyLength < MaxBriefLength ? ArticleKind.Brief : ArticleKind.Article);
        return new Article
        {
            Ordinal = ordinal,
            Kind = kind,
            Title = title,
            Subtitle = subtitles.Count > 0 ? string.Join(' ', subtitles) : null,
            Byline = Credits.Count == 0 ? Byline : string.Join(' ', new[] { Byline! }.Concat(Credits)),
            Authors = Authors.ToList(),
            Paragraphs = Body.ToList(),
            StartOffset = Start,
            EndOffset = End,
        };
    }

    private static bool IntroducesStatement(string heading) =>
        SegmentationLexicon.StatementIntroEndings.Any(e => heading.EndsWith(e, StringComparison.Ordinal))
        || SegmentationLexicon.InterviewOverlineOpenings.Any(o => heading.StartsWith(o, StringComparison.Ordinal));

    /// <summary>An untitled item (a caption, a brief without headline) is named by its first clause.</summary>
    private string DerivedTitle()
    {
        var text = Body.Count > 0 ? LineShapes.WithoutPictureLabel(Body[0]) : "";
        var cut = text.IndexOfAny(['。', '！', '？']);
        if (cut > 0)
            text = text[..cut];
        return text.Length <= MaxDerivedTitleLength ? text : text[..MaxDerivedTitleLength] + "…";
    }
}
