namespace ArchiveSearch.Index.Store;

/// <summary>What start-up does with an index that fails its check (<c>Archive:OnDamagedIndex</c>).</summary>
public enum DamagedIndexAction
{
    /// <summary>Move it aside and build a new one from the inbox, the page files being the source of truth.</summary>
    Rebuild,

    /// <summary>Stop start-up and leave it untouched, for an operator to restore.</summary>
    Refuse,
}
