namespace ArchiveSearch.Archive.Segmentation;

/// <summary>How plausibly the end of one paragraph and the start of another read on as one text, and why.</summary>
/// <param name="Score">0 when nothing joins them; higher for a word across the join than for a pair of words.</param>
/// <param name="Evidence">The word across the join (稳步推进) or the pair of words (保持|稳定) that supports it.</param>
public sealed record JoinEvidence(double Score, string Evidence)
{
    public static JoinEvidence None { get; } = new(0, "");

    public bool IsPlausible => Score > 0;
}
