using System.Text.RegularExpressions;
using ArchiveSearch.Archive.Articles;

namespace ArchiveSearch.Archive.Segmentation;

/// <summary>
/// The registry of cut rules: each looks at one item and the decisions made inside it, and names a sign that the
/// item may hold text of another or miss text of its own. An item is unsure when any rule finds its sign.
/// </summary>
public static partial class CutRules
{
    /// <summary>Longer captions than this are text of an article read as a photo's.</summary>
    private const int MaxCaptionLength = 150;

    /// <summary>A brief shorter than this is a fragment of another item.</summary>
    private const int MinBriefLength = 30;

    /// <summary>A caption shorter than this is the end of a sentence read as one.</summary>
    private const int MinCaptionLength = 12;

    /// <summary>A sentence this short opening a paragraph ends a sentence begun elsewhere (稳定。县粮食…).</summary>
    private const int MaxSentenceTail = 4;

    /// <summary>How much of a text a reason quotes.</summary>
    private const int QuotedLength = 24;

    public static readonly IReadOnlyList<CutRule> All =
    [
        new("joined-across-blocks", "a paragraph was joined with text printed after other blocks", JoinedAcrossBlocks),
        new("caption-inside-body", "a photo caption or credit stands inside the text", CaptionInsideBody),
        new("text-inside-caption", "a caption was joined with text that goes on from a broken sentence", TextInsideCaption),
        new("opens-mid-sentence", "a paragraph opens with the last words of a sentence broken off elsewhere", OpensMidSentence),
        new("late-headline", "the headline was printed after the first paragraphs and moved above them", LateHeadline),
        new("unclosed-ending", "the text ends without closing punctuation", UnclosedEnding),
        new("byline-without-headline", "a headline without a byline and a byline without a headline stand next to each other", BylineWithoutHeadline),
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
        // A line that ends with a photo credit, joined into a sentence as if it went on from it.
        if (e.Decisions.FirstOrDefault(d => d.Pass == "wraps" && JoinedPart(d.Text) is { } joined && Credits.TrailingCredit(joined) is { IsPhoto: true }) is { } spliced)
            return spliced.Text;
        if (e.Article.Kind == ArticleKind.Photo)
            return null;
        return e.Decisions.FirstOrDefault(d =>
            d is { Pass: "wraps", Rule: "sentence-continues-past-caption" }
            or { Pass: "assembly", Rule: "photo-inside-article" }
            or { Pass: "credits", Rule: "trailing-photo-credit" })?.Text;
    }

    /// <summary>The text a join decision appended (after its bar), or null when it is no join.</summary>
    private static string? JoinedPart(string decisionText) => decisionText.IndexOf('|') is >= 0 and var bar ? decisionText[(bar + 1)..] : null;

    /// <summary>An untitled photo whose caption wrap repair or reading-order repair joined with other text.</summary>
    private static string? TextInsideCaption(CutEvidence e) =>
        e.Article.Kind == ArticleKind.Photo && e.HasDerivedTitle
            ? e.Decisions.FirstOrDefault(d => d is { Pass: "wraps" or "reading-order", Outcome: "joined" } || d.Rule == "continues-across-blocks" || d is { Pass: "credits", Rule: "inline-byline" })?.Text
            : null;

    private static string? OpensMidSentence(CutEvidence e)
    {
        foreach (var paragraph in e.Article.Paragraphs)
        {
            var end = paragraph.IndexOf('。');
            if (end is > 0 && end <= MaxSentenceTail && paragraph.IndexOfAny(ClauseMarks, 0, end) < 0)
                return paragraph;
        }

        return null;
    }

    private static readonly char[] ClauseMarks = ['，', '“', '”', '：', '、', '\n'];

    private static string? LateHeadline(CutEvidence e) =>
        e.All("reading-order", "late-headline").Select(d => d.Text).FirstOrDefault();

    private static string? UnclosedEnding(CutEvidence e)
    {
        if (e.Article.Kind == ArticleKind.Photo || e.Article.Paragraphs.Count == 0)
            return null;
        var last = e.Article.Paragraphs[^1];
        return last.Contains('\n') || LineShapes.EndsSentence(last) || IsDateLine(last) ? null : last[^Math.Min(last.Length, 12)..];
    }

    /// <summary>
    /// An untitled item opened by a byline right after a headlined item without one (or that headlined item): the
    /// headline and its report were parted by text printed between them.
    /// </summary>
    private static string? BylineWithoutHeadline(CutEvidence e)
    {
        static bool Untitled(Article a) => a.Kind != ArticleKind.Photo && a.Byline is not null && CutEvidence.IsDerivedTitle(a);
        static bool Unsigned(Article a) => a.Kind != ArticleKind.Photo && a.Byline is null && !CutEvidence.IsDerivedTitle(a);
        if (Untitled(e.Article) && e.Previous is { } previous && Unsigned(previous))
            return e.Article.Byline;
        return Unsigned(e.Article) && e.Next is { } next && Untitled(next) ? next.Byline : null;
    }

    private static string? TextWithoutHeadline(CutEvidence e) =>
        e.Article.Kind != ArticleKind.Photo && e.HasDerivedTitle && e.Article.Byline is null ? e.Article.Title : null;

    /// <summary>A notice signs off with its date (2024年6月14日), without punctuation.</summary>
    private static bool IsDateLine(string paragraph) => DateLine().IsMatch(paragraph);

    [GeneratedRegex(@"^\d{4}年\d{1,2}月\d{1,2}日$")]
    private static partial Regex DateLine();

    /// <summary>More than one byline or closing credit (photo credits aside): two items' credits in one.</summary>
    private static string? TwoCredits(CutEvidence e)
    {
        var credits = e.Decisions.Where(d =>
            d is { Pass: "credits", Rule: "inline-byline" or "trailing-credit" }
            || (d.Pass == "classification" && d.Outcome is nameof(LineKind.Byline) or nameof(LineKind.EndCredit))).ToList();
        // 本报讯 alone names nobody: it opens the report whose credit follows.
        credits.RemoveAll(c => Credits.People(c.Text).Count == 0);
        return credits.Count >= 2 ? string.Join(" / ", credits.Select(c => c.Text)) : null;
    }

    private static string? UnusualLength(CutEvidence e) => e.Article.Kind switch
    {
        ArticleKind.Photo when e.HasDerivedTitle && (e.BodyLength > MaxCaptionLength || e.BodyLength < MinCaptionLength) => $"{e.BodyLength}",
        ArticleKind.Brief when e.BodyLength < MinBriefLength => $"{e.BodyLength}",
        _ => null,
    };

    private static string Quote(string text)
    {
        var line = text.Replace('\n', ' ');
        return line.Length <= QuotedLength ? line : line[..QuotedLength] + "…";
    }
}
