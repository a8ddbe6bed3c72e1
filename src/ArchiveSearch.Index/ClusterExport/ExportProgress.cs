namespace ArchiveSearch.Index.ClusterExport;

/// <summary>Where an export stands: items written of the total (this run and earlier ones), finished files, the pace of this run.</summary>
public sealed record ExportProgress(long Items, long Total, int Files, double ItemsPerSecond, bool Resumed);
