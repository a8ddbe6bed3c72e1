using System.ComponentModel.DataAnnotations;

namespace ArchiveSearch.Index.Store;

/// <summary>
/// How the index is checked at start (<c>Archive:CheckIndexOnStart</c>: fast or full) and what happens when it is
/// damaged (<c>Archive:OnDamagedIndex</c>: rebuild it from the inbox, or refuse to start).
/// </summary>
public sealed class IndexIntegrityOptions
{
    [RegularExpression("(?i)^(fast|full)$", ErrorMessage = "Archive:CheckIndexOnStart must be fast or full.")]
    public string CheckIndexOnStart { get; set; } = "fast";

    [RegularExpression("(?i)^(rebuild|refuse)$", ErrorMessage = "Archive:OnDamagedIndex must be rebuild or refuse.")]
    public string OnDamagedIndex { get; set; } = "rebuild";

    public IndexCheckDepth Depth => string.Equals(CheckIndexOnStart, "full", StringComparison.OrdinalIgnoreCase) ? IndexCheckDepth.Full : IndexCheckDepth.Fast;

    public bool Rebuild => !string.Equals(OnDamagedIndex, "refuse", StringComparison.OrdinalIgnoreCase);
}
