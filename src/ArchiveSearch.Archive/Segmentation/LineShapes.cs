using System.Text.RegularExpressions;

namespace ArchiveSearch.Archive.Segmentation;

/// <summary>What the shape of a single line says: sentence endings, headline shape, labels, notes and captions.</summary>
public static partial class LineShapes
{
    public const int MaxHeadingLength = 40;
    private const int MaxCaptionLength = 32;

    // One word of four or more capitals (DUANXUN) or several spaced syllables (YI AN SHUO FA).
    [GeneratedRegex(@"(?:[A-Z]{4,}|[A-Z]{1,8}(?:\s+[A-Z]{1,8})+)\s*$")]
    private static partial Regex TrailingPinyin();

    [GeneratedRegex(@"^(?:本版)?(?:设计制作|版式设计|美术编辑|美编|责任编辑|责编|编辑|制图|校对)\s*[:：]")]
    private static partial Regex DesignCreditPattern();

    /// <summary>
    /// The masthead's lines (date with weekday, 农历, issue number, 今日N版, serial numbers) and a contents
    /// box's entries, which end in the page they point to (… 6版).
    /// </summary>
    [GeneratedRegex(@"^\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]|今日\d+版|国内统一连续出版物号|邮发代号|^CN\s*\d{2}-\d{4}|^(?:今日|本期)?导读$|\S\s+第?\d+版$|^天气预报\s")]
    private static partial Regex MastheadOrContentsPattern();

    [GeneratedRegex(@"^图\s*[①②③④⑤⑥⑦⑧⑨⑩0-9一二三四五六七八九十]*\s*[为：:]")]
    private static partial Regex PictureLabel();

    /// <summary>A name of two to four characters, a colon or bar, and a short phrase: ◆ 孙德明：村口的“义务修车铺”.</summary>
    [GeneratedRegex(@"^[■●▲◆]?\s*(\p{IsCJKUnifiedIdeographs}{2,4})\s*[：:｜|]\s*\S")]
    private static partial Regex ProfileLabelPattern();

    /// <summary>
    /// The label line of one profile in a feature of several: a person's name, then what the profile is about —
    /// not a notice's field (联系电话：…), whose label is no name.
    /// </summary>
    public static bool IsProfileLabel(string line) =>
        IsHeadingLike(line) && ProfileLabelPattern().Match(line) is { Success: true } label && Credits.StartsWithSurnames(label.Groups[1].Value);

    /// <summary>The credits of the page's design and editing (责任编辑：…, 设计制作：…).</summary>
    public static bool IsDesignCredit(string line) => DesignCreditPattern().IsMatch(line);

    /// <summary>A masthead line or a contents entry: short, no sentence punctuation.</summary>
    public static bool IsMastheadOrContents(string line) =>
        line.Length <= 80 && line.IndexOfAny(SentencePunctuation) < 0 && MastheadOrContentsPattern().IsMatch(line);

    /// <summary>(作者系…), (作者单位：…): a note about the author, the last paragraph of an essay or commentary.</summary>
    public static bool IsAboutTheAuthor(string line) =>
        line.Length > 4 && line[0] is '(' or '（' && line[^1] is ')' or '）' && line[1..].TrimStart() is var note
        && SegmentationLexicon.AboutTheAuthorOpenings.Any(o => note.StartsWith(o, StringComparison.Ordinal));

    /// <summary>A note under a table or chart (注：…, 数据来源：…): complete as printed, never the start of a wrapped sentence.</summary>
    public static bool IsSourceNote(string line) => SegmentationLexicon.SourceNoteOpenings.Any(o => line.StartsWith(o, StringComparison.Ordinal));

    /// <summary>Labels of boxes and blocks beside the articles: what follows is an item of its own.</summary>
    public static bool IsBoxLabel(string line) => SegmentationLexicon.BoxLabels.Contains(line);

    /// <summary>图①为…, 图为…: the label of a picture, never the continuation of a sentence.</summary>
    public static bool IsPictureLabel(string line) => PictureLabel().IsMatch(line);

    /// <summary>A caption without its 图①为 / 图为 label, for naming the photo.</summary>
    public static string WithoutPictureLabel(string line)
    {
        var label = PictureLabel().Match(line);
        return label.Success && label.Length < line.Length ? line[label.Length..] : line;
    }

    /// <summary>Short and without the punctuation that sentences carry.</summary>
    public static bool IsHeadingLike(string line) =>
        line.Length <= MaxHeadingLength && line.IndexOfAny(SentencePunctuation) < 0;

    /// <summary>Opens with a dash: the kicker under a headline.</summary>
    public static bool IsKicker(string line) => line.StartsWith('—') || line.StartsWith("--", StringComparison.Ordinal);

    /// <summary>Ends a sentence (or a clause that stands alone), so the next line cannot continue it.</summary>
    public static bool EndsSentence(string line) => line.Length > 0 && line[^1] is '。' or '！' or '？' or '!' or '?' or '…' or '；' or ';' or '：' or ':' or '”' or '"' or '」' or '』' or '）' or ')' or '】';

    /// <summary>
    /// A label with a pinyin gloss (双塔快讯 DUANXUN, ■ 走基层 ● 在一线 ZAIYIXIAN) or a line of boxed
    /// markers: it names a column, not an article.
    /// </summary>
    public static bool IsColumnLabel(string line) =>
        line.Length <= MaxHeadingLength && (TrailingPinyin().IsMatch(line) || SegmentationLexicon.Bullets.Contains(line[0]));

    /// <summary>A single short sentence with no clause break: how a picture's caption reads, not a body paragraph.</summary>
    public static bool IsOneSentenceCaption(string line) =>
        line.Length <= MaxCaptionLength && line[^1] == '。' && line.IndexOfAny(ClauseBreaks) < 0 && line.IndexOf('。') == line.Length - 1
        && !Credits.OpensReportText(line); // 本报讯（记者 江南）…开馆。 is a report's one-sentence opening, never a caption

    /// <summary>
    /// A caption printed on one line with its photo credit (网格员上门调试终端。 本报记者 韦丹 摄): one short sentence,
    /// then the credit. Between the halves of a broken sentence it is a photo's, not the sentence's end.
    /// </summary>
    public static bool IsCaptionWithCredit(string line) =>
        Credits.TrailingCredit(line) is { IsPhoto: true } credit
        && line[..credit.CreditStart].TrimEnd() is var caption
        && caption.Length is > 0 and <= MaxCaptionWithCreditLength
        && caption.IndexOfAny(['。', '！', '？']) == caption.Length - 1;

    private const int MaxCaptionWithCreditLength = 48;

    private static readonly char[] SentencePunctuation = ['。', '，', ',', '；', ';', '！', '？', '!', '?'];
    private static readonly char[] ClauseBreaks = ['，', ',', '；', ';', '：', ':', '“', '"'];
}
