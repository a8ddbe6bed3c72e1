using ArchiveSearch.Archive.Articles;

namespace ArchiveSearch.Archive.Segmentation;

/// <summary>
/// The registry of cut rules: each looks at one item and the decisions made inside it, and names a sign that the
/// item may hold text of another or miss text of its own. An item is unsure when any rule finds its sign.
/// </summary>
public static class CutRules
{
    /// <summary>Longer captions than this are text of an article read as a photo's.</summary>
    private const int MaxCaptionLength = 150;

    /// <summary>A brief shorter than this is a fragment of another item.</summary>
    private const int MinBriefLength = 30;

    /// <summary>How much of a text a reason quotes.</summary>
    private const int QuotedLength = 24;

    public static readonly IReadOnlyList<CutRule> All =
    [
        new("joined-across-blocks", "a paragraph was joined with text printed after other blocks", JoinedAcrossBlocks),
        new("caption-inside-body", "a photo caption or credit stands inside the text", CaptionInsideBody),
        new("late-headline", "the headline was printed after the first paragraphs and moved above them", LateHeadline),
        new("unclosed-ending", "the text ends without closing punctuation", UnclosedEnding),
        new("byline-without-headline", "a byline opens text that no headline titles", BylineWithoutHeadline),
        new("text-without-headline", "text with neither headline nor byline, left over between items", TextWithoutHeadline),
        new("two-credits", "two credits name the item's authors", TwoCredits),
        new("unusual-length", "a length unusual for its kind", UnusualLength),
    ];

    /// <summary>The reasons to doubt the item's cut, one per rule that finds its sign, in the registry's order.</summary>
    public static IReadOnlyList<CutReason> Assess(CutEvidence evidence)
    {
        var reasons = new List<CutReason>();
        foreach (var rule in All)
        {
            if (rule.Find(evidence) is { } detail)
                reasons.Add(new CutReason(rule.Code, rule.Words, detail.Length == 0 ? null : Quote(detail)));
        }

        return reasons;
    }

    private static string? JoinedAcrossBlocks(CutEvidence e) =>
        e.All("reading-order", "continues-across-blocks").Select(d => d.Text).FirstOrDefault();

    /// <summary>
    /// A caption that wrap repair stepped over (so it was taken for one), a photo found inside the running text,
    /// or a photo credit cut from the end of a paragraph of a text item.
    /// </summary>
    private static string? CaptionInsideBody(CutEvidence e)
    {
        if (e.Article.Kind == ArticleKind.Photo)
            return null;
        return e.Decisions.FirstOrDefault(d =>
            d is { Pass: "wraps", Rule: "sentence-continues-past-caption" }
            or { Pass: "assembly", Rule: "photo-inside-article" }
            or { Pass: "credits", Rule: "trailing-photo-credit" })?.Text;
    }

    private static string? LateHeadline(CutEvidence e) =>
        e.All("reading-order", "late-headline").Select(d => d.Text).FirstOrDefault();

    private static string? UnclosedEnding(CutEvidence e)
    {
        if (e.Article.Kind == ArticleKind.Photo || e.Article.Paragraphs.Count == 0)
            return null;
        var last = e.Article.Paragraphs[^1];
        return last.Contains('\n') || LineShapes.EndsSentence(last) ? null : last[^Math.Min(last.Length, 12)..];
    }

    private static string? BylineWithoutHeadline(CutEvidence e) =>
        e.Article.Kind != ArticleKind.Photo && e.HasDerivedTitle && e.Article.Byline is { } byline ? byline : null;

    private static string? TextWithoutHeadline(CutEvidence e) =>
        e.Article.Kind != ArticleKind.Photo && e.HasDerivedTitle && e.Article.Byline is null ? e.Article.Title : null;

    /// <summary>More than one byline or closing credit (photo credits aside): two items' credits in one.</summary>
    private static string? TwoCredits(CutEvidence e)
    {
        var credits = e.Decisions.Where(d =>
            d is { Pass: "credits", Rule: "inline-byline" or "trailing-credit" }
            || (d.Pass == "classification" && d.Outcome is nameof(LineKind.Byline) or nameof(LineKind.EndCredit))).ToList();
        return credits.Count >= 2 ? string.Join(" / ", credits.Select(c => c.Text)) : null;
    }

    private static string? UnusualLength(CutEvidence e) => e.Article.Kind switch
    {
        ArticleKind.Photo when e.BodyLength > MaxCaptionLength => $"{e.BodyLength}",
        ArticleKind.Brief when e.BodyLength < MinBriefLength => $"{e.BodyLength}",
        _ => null,
    };

    private static string Quote(string text)
    {
        var line = text.Replace('\n', ' ');
        return line.Length <= QuotedLength ? line : line[..QuotedLength] + "…";
    }
}
