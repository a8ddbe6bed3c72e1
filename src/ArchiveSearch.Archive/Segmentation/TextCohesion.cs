namespace ArchiveSearch.Archive.Segmentation;

/// <summary>
/// How much two texts are about the same thing, read from the pairs of Chinese characters they share (杨梅, 博物):
/// a paragraph shares its article's words, and a paragraph printed in a neighbour's column shares its own
/// article's words, not the neighbour's.
/// </summary>
public static class TextCohesion
{
    /// <summary>Pairs so common in news text that sharing them says nothing about the topic.</summary>
    private static readonly HashSet<string> Common =
    [
        "今年", "去年", "目前", "记者", "我们", "他们", "一个", "已经", "进行", "工作", "表示", "介绍", "开展", "全市", "全县",
        "全区", "全镇", "相关", "负责", "责人", "部门", "群众", "居民", "市民", "服务", "下一", "一步", "以来", "期间", "当天",
        "同时", "还将", "不少", "万人", "人次", "余人", "以上", "今天", "日前", "近日", "据悉", "据了", "了解", "活动", "提供", "全国",
    ];

    /// <summary>The common pairs by their codes, so counting a text's pairs makes no string of each.</summary>
    private static readonly HashSet<int> CommonCodes = [.. Common.Select(p => Code(p[0], p[1]))];

    /// <summary>How many of the paragraph's pairs the other text has too.</summary>
    public static int Shared(string paragraph, string other)
    {
        var theirs = PairCodes(other);
        return PairCodes(paragraph).Count(theirs.Contains);
    }

    /// <summary>
    /// Whether a paragraph reads as part of <paramref name="elsewhere"/> rather than of <paramref name="here"/>: it
    /// shares at least <see cref="MinShared"/> pairs with the text elsewhere and none with the text here.
    /// </summary>
    public static bool BelongsElsewhere(string paragraph, string here, string elsewhere)
    {
        var there = Shared(paragraph, elsewhere);
        return there >= MinShared && Shared(paragraph, here) == 0;
    }

    /// <summary>Fewer shared pairs than this are chance (两个, 村民).</summary>
    public const int MinShared = 2;

    /// <summary>The distinct pairs of adjacent Chinese characters in a text, less the common ones, by their codes (see <see cref="PairAt"/>).</summary>
    internal static HashSet<int> PairCodes(string text)
    {
        var pairs = new HashSet<int>();
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (PairAt(text[i], text[i + 1]) is { } code)
                pairs.Add(code);
        }

        return pairs;
    }

    /// <summary>The code of two adjacent characters when they are a pair that counts (both Chinese, not common), else null.</summary>
    internal static int? PairAt(char first, char second)
    {
        if (!IsHan(first) || !IsHan(second))
            return null;
        var code = Code(first, second);
        return CommonCodes.Contains(code) ? null : code;
    }

    private static int Code(char first, char second) => first << 16 | second;

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';
}
