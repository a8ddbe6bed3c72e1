
namespace ArchiveSearch.Index.Coverage;

/// <summary>
/// How to look for earlier coverage: <see cref="DraftDate"/> is the day the draft is for (articles on an earlier
/// day are marked <c>beforeDraft</c>); <see cref="Before"/>, when set, keeps only articles published before it.
/// </summary>
public sealed record CoverageRequest
{
    public DateOnly? DraftDate { get; init; }
    public DateOnly? Before { get; init; }
    public int Size { get; init; } = 10;
    public CoverageSort Sort { get; init; } = CoverageSort.Relevance;

    /// <summary>When an article counts as related; the calibrated rules unless a calibration run asks otherwise.</summary>
    public CoverageThresholds Thresholds { get; init; } = CoverageThresholds.Calibrated;
}
