namespace ArchiveSearch.Index.Coverage;

/// <summary>
/// When an article counts as earlier coverage of a draft; both rules must hold. <see cref="Calibrated"/> was
/// chosen on the tuning part of <c>eval/coverage-drafts.tsv</c> (<c>archivesearch eval --coverage --calibrate</c>),
/// never on the part kept aside.
/// </summary>
/// <param name="MinScore">Rule 1: the article holds at least this share of the draft's weighted distinctive content.</param>
/// <param name="MinSharedUnits">Rule 2: it shares at least this many distinctive units (one rare word in common is a coincidence).</param>
public sealed record CoverageThresholds(double MinScore, int MinSharedUnits)
{
    public static readonly CoverageThresholds Calibrated = new(0.395, 3);

    /// <summary>No threshold: every candidate is answered with its score, for calibration.</summary>
    public static readonly CoverageThresholds None = new(0, 0);

    public bool Admits(double score, int sharedUnits) => score >= MinScore && sharedUnits >= MinSharedUnits;
}
