namespace ArchiveSearch.Index.Ingest;

/// <summary>One page file found by a scan: its path relative to the inbox and its stamp.</summary>
public sealed record InboxEntry(string Path, FileStamp Stamp);

/// <summary>
/// What one scan of the inbox found. <see cref="Problem"/> is set when the inbox itself could not be read
/// (missing, not a folder, no permission): then nothing may be concluded about pages that were not found.
/// </summary>
public sealed record InboxListing(
    IReadOnlyList<InboxEntry> Pages,
    IReadOnlyList<string> UnreadableFolders,
    int LinksSkipped,
    string? Problem)
{
    /// <summary>Page files whose names are not valid UTF-8, their undecodable bytes written as <c>\xHH</c>: they cannot be opened by name.</summary>
    public IReadOnlyList<string> UndecodablePages { get; init; } = [];

    /// <summary>Whether a page path lies under a folder the scan could not read (its absence proves nothing).</summary>
    public bool IsHidden(string path) =>
        UnreadableFolders.Any(folder => path.StartsWith(folder + "/", StringComparison.Ordinal));
}
