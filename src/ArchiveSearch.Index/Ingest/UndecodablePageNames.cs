using ArchiveSearch.Index.Schema;

namespace ArchiveSearch.Index.Ingest;

/// <summary>
/// Page files whose names are not valid UTF-8 cannot be opened by name, so they are quarantined under their escaped
/// names (undecodable bytes as <c>\xHH</c>) instead of being passed over: counted, listed and warned about like any
/// quarantined page. The record stays as long as the file does; renamed in UTF-8, the file is indexed under its new name.
/// </summary>
public static class UndecodablePageNames
{
    /// <summary>What the record holds in place of a stamp and a content hash: the file is never read.</summary>
    public const string Stamp = "undecodable-name";

    public const string Reason = "the file name is not valid UTF-8 (its undecodable bytes are shown as \\xHH), so the file cannot be opened by name; rename it in UTF-8 to have it indexed";

    public static string Hash => IndexPipeline.Version + ":" + Stamp;

    /// <summary>Whether the record is this rule's quarantine of the page, from this pipeline version.</summary>
    public static bool IsCurrent(PageSummary? record) => record is not null && record.Stamp == Stamp && record.Hash == Hash;

    public static PageRecord Quarantine(string path) =>
        new(path, Hash, InboxFiles.PageId(path), PageStatus.Quarantined, 0, DateTimeOffset.UtcNow, Reason, Stamp: Stamp);
}
