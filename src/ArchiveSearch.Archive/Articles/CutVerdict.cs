namespace ArchiveSearch.Archive.Articles;

/// <summary>Whether an item's cut can be trusted as it stands, or should be checked against its page.</summary>
public enum CutCertainty
{
    Sure,
    Unsure,
}

/// <summary>Why a cut is doubted: the code of the rule that found it, its words, and the text it is about, if any.</summary>
/// <param name="Rule">A stable code (<c>caption-inside-body</c>), the same in every release.</param>
/// <param name="Words">What the rule found, in English.</param>
/// <param name="Detail">The text the rule looked at (a join, a caption), when there is one.</param>
public sealed record CutReason(string Rule, string Words, string? Detail = null);

/// <summary>How sure the segmenter is of an item's cut: unsure when any rule doubts it, with every reason.</summary>
public sealed record CutVerdict(CutCertainty Certainty, IReadOnlyList<CutReason> Reasons)
{
    public static CutVerdict Sure { get; } = new(CutCertainty.Sure, []);

    public static CutVerdict From(IReadOnlyList<CutReason> reasons) =>
        reasons.Count == 0 ? Sure : new CutVerdict(CutCertainty.Unsure, reasons);

    public bool IsUnsure => Certainty == CutCertainty.Unsure;

    /// <summary>The verdict as the API, the index and the command line write it: <c>sure</c> or <c>unsure</c>.</summary>
    public string Name => IsUnsure ? "unsure" : "sure";
}
