using ArchiveSearch.Index.Store;

namespace ArchiveSearch.Index.Ingest;

/// <summary>A page file to look at: its path and what the index last recorded of it (null for a new page).</summary>
public sealed record PageWork(string Path, PageRecord? Record);
