namespace ArchiveSearch.Archive.Corrections;

/// <summary>Whether a correction was applied to the page as it is cut now, and if not, why (one of <see cref="CorrectionProblem"/>).</summary>
public sealed record CorrectionOutcome(Correction Correction, string? Problem)
{
    public bool Applied => Problem is null;
}

/// <summary>Why a correction does not fit the page as it is now.</summary>
public static class CorrectionProblem
{
    /// <summary>The page text is not the text the correction was made against.</summary>
    public const string PageChanged = "page-changed";

    /// <summary>A paragraph or item the correction names is not on the page (any more).</summary>
    public const string Missing = "missing";

    /// <summary>The correction asks for something the cut does not allow (split at an item's first paragraph, merge an item with itself).</summary>
    public const string NotPossible = "not-possible";

    public static string Describe(string problem) => problem switch
    {
        PageChanged => "the page text changed since it was made",
        Missing => "a paragraph or item it names is no longer on the page",
        _ => "it cannot be applied to the page as it is cut now",
    };

    public static string DescribeInChinese(string problem) => problem switch
    {
        PageChanged => "版面文字已改变",
        Missing => "所指的段落或文章已不在本版",
        _ => "与本版现在的切分不相容",
    };
}
