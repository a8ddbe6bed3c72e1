using ArchiveSearch.Archive.Articles;

namespace ArchiveSearch.Archive.Segmentation;

/// <summary>What the cut rules look at for one item: the item, the decisions made inside it, and its neighbours on the page.</summary>
/// <param name="Article">The item as assembled.</param>
/// <param name="Decisions">The pipeline's decisions about text that lies in this item (the innermost item holding it).</param>
/// <param name="Previous">The item before it on the page, if any.</param>
/// <param name="Next">The item after it on the page, if any.</param>
public sealed record CutEvidence(Article Article, IReadOnlyList<SegmentationDecision> Decisions, Article? Previous, Article? Next)
{
    /// <summary>The nearest item before this one that is no photo: a caption printed between two reports parts no text of theirs.</summary>
    public Article? PreviousText { get; init; } = Previous is { Kind: not ArticleKind.Photo } ? Previous : null;

    /// <summary>The nearest item after this one that is no photo.</summary>
    public Article? NextText { get; init; } = Next is { Kind: not ArticleKind.Photo } ? Next : null;

    public bool Has(string pass, string rule) => Decisions.Any(d => d.Pass == pass && d.Rule == rule);

    public IEnumerable<SegmentationDecision> All(string pass, string rule) => Decisions.Where(d => d.Pass == pass && d.Rule == rule);

    /// <summary>The item's title was not printed: it is the opening of its own text (an untitled brief, a caption).</summary>
    public bool HasDerivedTitle => IsDerivedTitle(Article);

    /// <summary>Whether the title is the item's first clause, as assembly names an untitled item (a printed headline never is).</summary>
    public static bool IsDerivedTitle(Article article)
    {
        if (article.Paragraphs.Count == 0)
            return false;
        var text = LineShapes.WithoutPictureLabel(article.Paragraphs[0]);
        if (article.Title.EndsWith('…'))
            return text.StartsWith(article.Title[..^1], StringComparison.Ordinal);
        return text.StartsWith(article.Title, StringComparison.Ordinal) && (text.Length == article.Title.Length || text[article.Title.Length] is '。' or '！' or '？');
    }

    public int BodyLength => Article.Paragraphs.Sum(p => p.Length);
}
