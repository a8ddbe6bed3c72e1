namespace ArchiveSearch.Index.ClusterExport;

/// <summary>What an export writes: where, how large each bulk file may grow, whether an earlier export there is discarded.</summary>
public sealed record ClusterExportOptions(string Folder)
{
    public const long DefaultMaxFileBytes = 10L * 1024 * 1024;

    /// <summary>
    /// A file is finished before an item would take it past this size (an item larger than it gets a file of its own).
    /// Each file is one bulk request: Elasticsearch refuses requests over <c>http.max_content_length</c> (100 MB) and
    /// advises requests of a few megabytes.
    /// </summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>Discard what an earlier export left in the folder and begin again.</summary>
    public bool Restart { get; init; }

    public void Validate()
    {
        if (MaxFileBytes is < 4096 or > 100L * 1024 * 1024)
            throw new ExportRefusedException($"the largest bulk file must be between 4 KB and 100 MB, not {MaxFileBytes} bytes");
    }
}
