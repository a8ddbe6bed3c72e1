namespace ArchiveSearch.Index.Schema;

/// <summary>What a rescan compares of a page record: where the file is, which page it is, its hash and stamp.</summary>
public sealed record PageSummary(string Path, string PageId, string Hash, string? Stamp);
