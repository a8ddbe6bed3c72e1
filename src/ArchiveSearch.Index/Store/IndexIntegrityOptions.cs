namespace ArchiveSearch.Index.Store;

/// <summary>
/// How the index is checked at start (<c>Archive:CheckIndexOnStart</c>) and what happens when it is damaged
/// (<c>Archive:OnDamagedIndex</c>). The service fills these from its validated <c>Archive</c> options; tools use the defaults.
/// </summary>
public sealed record IndexIntegrityOptions
{
    public static readonly IndexIntegrityOptions Defaults = new();

    public IndexCheckDepth CheckIndexOnStart { get; init; } = IndexCheckDepth.Fast;

    public DamagedIndexAction OnDamagedIndex { get; init; } = DamagedIndexAction.Rebuild;
}
