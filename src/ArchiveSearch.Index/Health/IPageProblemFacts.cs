namespace ArchiveSearch.Index.Health;

/// <summary>The facts about problem page files that warnings are raised from, as the index currently records them.</summary>
public interface IPageProblemFacts
{
    /// <summary>How many page files are quarantined and how many sidecars rejected.</summary>
    (int QuarantinedPages, int RejectedSidecars) Count();

    /// <summary>Every rejected sidecar: its path (relative to the inbox), why, and since when, ordered by path.</summary>
    IReadOnlyList<RejectedSidecar> RejectedSidecars();
}
