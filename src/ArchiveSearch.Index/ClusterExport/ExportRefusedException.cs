namespace ArchiveSearch.Index.ClusterExport;

/// <summary>An export that cannot go on as asked, with the reason and what to do, written nowhere.</summary>
public sealed class ExportRefusedException(string message) : Exception(message);
