namespace ArchiveSearch.Index.Health;

/// <summary>A sidecar that was not used: its path relative to the inbox, why, and since when.</summary>
public sealed record RejectedSidecar(string Path, string Reason, DateTimeOffset Since);
