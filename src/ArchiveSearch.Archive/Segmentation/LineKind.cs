using System.Text.RegularExpressions;

namespace ArchiveSearch.Archive.Segmentation;

public enum LineKind
{
    /// <summary>A headline or sub-headline: short, with no sentence punctuation.</summary>
    Heading,

    /// <summary>A kicker under a headline, introduced by a dash: ——双辽市着力构建…综述.</summary>
    Kicker,

    Byline,

    /// <summary>Credit closing an article: 本报记者 杨丽娟, 袁春辉 李国恩.</summary>
    EndCredit,

    /// <summary>A photo credit: 本报通讯员 杨滢 摄.</summary>
    PhotoCredit,

    /// <summary>A picture label (图①为…, 图为…) or a one-sentence caption.</summary>
    Caption,

    /// <summary>A column label with its pinyin (双塔快讯 DUANXUN), marking that a new article follows.</summary>
    ColumnLabel,

    /// <summary>Page furniture with no text of its own to index: 核心提示, 设计制作:….</summary>
    Furniture,

    Body,
}

/// <summary>Names what kind of line a page line is, from its shape alone.</summary>
public static partial class LineClassifier
{
    public const int MaxHeadingLength = 40;
    private const int MaxCaptionLength = 32;

    // One word of four or more capitals (DUANXUN) or several spaced syllables (YI AN SHUO FA).
    [GeneratedRegex(@"(?:[A-Z]{4,}|[A-Z]{1,8}(?:\s+[A-Z]{1,8})+)\s*$")]
    private static partial Regex TrailingPinyin();

    [GeneratedRegex(@"^(?:本版)?(?:设计制作|版式设计|美术编辑|美编|责任编辑|责编|编辑|制图|校对)\s*[:：]")]
    private static partial Regex DesignCredit();

    /// <summary>
    /// The masthead's lines (date with weekday, 农历, issue number, 今日N版, serial numbers) and a contents
    /// box's entries, which end in the page they point to (… 6版).
    /// </summary>
    [GeneratedRegex(@"^\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]|今日\d+版|国内统一连续出版物号|邮发代号|^CN\s*\d{2}-\d{4}|^(?:今日|本期)?导读$|\S\s+第?\d+版$|^天气预报\s")]
    private static partial Regex MastheadOrContents();

    [GeneratedRegex(@"^图\s*[①②③④⑤⑥⑦⑧⑨⑩0-9一二三四五六七八九十]*\s*[为：:]")]
    private static partial Regex PictureLabel();

    public static LineKind Classify(string line)
    {
        if (line is "核心提示" or "编者按" or "编者按：" or "编者按:" or "图片新闻" or "图片报道" || DesignCredit().IsMatch(line)
            || (line.Length <= 80 && line.IndexOfAny(SentencePunctuation) < 0 && MastheadOrContents().IsMatch(line)))
            return LineKind.Furniture;
        if (IsColumnLabel(line) || BoxLabels.Contains(line))
            return LineKind.ColumnLabel;
        if (Credits.IsPhotoCredit(line))
            return LineKind.PhotoCredit;
        if (Credits.IsStandaloneByline(line))
            return LineKind.Byline;
        if (Credits.IsEndCredit(line))
            return LineKind.EndCredit;
        if (line.StartsWith('—') || line.StartsWith("--", StringComparison.Ordinal))
            return LineKind.Kicker;
        if (PictureLabel().IsMatch(line))
            return LineKind.Caption;
        // (作者系…): the last paragraph of an essay, though it reads like a short label.
        if (IsAboutTheAuthor(line))
            return LineKind.Body;
        if (IsHeadingLike(line))
            return LineKind.Heading;
        if (IsOneSentenceCaption(line))
            return LineKind.Caption;
        return LineKind.Body;
    }

    /// <summary>(作者系…), (作者单位：…): a note about the author, the last paragraph of an essay or commentary.</summary>
    public static bool IsAboutTheAuthor(string line) =>
        line.Length > 4 && line[0] is '(' or '（' && line[^1] is ')' or '）' && line.AsSpan(1).TrimStart() is var note
        && (note.StartsWith("作者系", StringComparison.Ordinal) || note.StartsWith("作者单位", StringComparison.Ordinal) || note.StartsWith("作者为", StringComparison.Ordinal));

    /// <summary>A note under a table or chart (注：…, 数据来源：…): complete as printed, never the start of a wrapped sentence.</summary>
    public static bool IsSourceNote(string line) =>
        line.StartsWith("注:", StringComparison.Ordinal) || line.StartsWith("注：", StringComparison.Ordinal)
        || line.StartsWith("数据来源", StringComparison.Ordinal) || line.StartsWith("资料来源", StringComparison.Ordinal);

    /// <summary>Labels of boxes and blocks beside the articles: what follows is an item of its own.</summary>
    private static readonly HashSet<string> BoxLabels = ["链接", "相关链接", "新闻链接", "相关新闻", "背景", "新闻背景", "背景链接", "延伸阅读", "公告", "广告"];

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

    /// <summary>Ends a sentence (or a clause that stands alone), so the next line cannot continue it.</summary>
    public static bool EndsSentence(string line) => line.Length > 0 && line[^1] is '。' or '！' or '？' or '!' or '?' or '…' or '；' or ';' or '：' or ':' or '”' or '"' or '」' or '』' or '）' or ')' or '】';

    /// <summary>
    /// A label with a pinyin gloss (双塔快讯 DUANXUN, ■ 走基层 ● 在一线 ZAIYIXIAN) or a line of boxed
    /// markers: it names a column, not an article.
    /// </summary>
    private static bool IsColumnLabel(string line) =>
        line.Length <= MaxHeadingLength && (TrailingPinyin().IsMatch(line) || line[0] is '■' or '●' or '▲' or '◆');

    /// <summary>A single short sentence with no clause break: how a picture's caption reads, not a body paragraph.</summary>
    private static bool IsOneSentenceCaption(string line) =>
        line.Length <= MaxCaptionLength && line[^1] == '。' && line.IndexOfAny(ClauseBreaks) < 0 && line.IndexOf('。') == line.Length - 1;

    private static readonly char[] SentencePunctuation = ['。', '，', ',', '；', ';', '！', '？', '!', '?'];
    private static readonly char[] ClauseBreaks = ['，', ',', '；', ';', '：', ':', '“', '"'];
}
