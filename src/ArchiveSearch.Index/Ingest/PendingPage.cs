namespace ArchiveSearch.Index.Ingest;

/// <summary>A page file to look at: its path and the hash the index last recorded for it (null for a new page).</summary>
public sealed record PendingPage(string Path, string? KnownHash);
