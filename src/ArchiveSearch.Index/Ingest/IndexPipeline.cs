namespace ArchiveSearch.Index.Ingest;

/// <summary>
/// The version of everything between a page file and its documents: segmentation rules, article model,
/// schema. A page indexed by another version counts as changed, so an index built by an earlier release is
/// brought up to date page by page at the next start, without deleting it by hand.
/// </summary>
public static class IndexPipeline
{
    /// <summary>Raise whenever a change would index the same page differently.</summary>
    public const string Version = "21";

    /// <summary>What a page record keeps of a file: the pipeline version and the content hash.</summary>
    public static string Fingerprint(string contentHash) => Version + ":" + contentHash;

    /// <summary>The content hash inside a page record's fingerprint, whatever version wrote it.</summary>
    public static string ContentHash(string fingerprint) =>
        fingerprint.IndexOf(':') is >= 0 and var colon ? fingerprint[(colon + 1)..] : fingerprint;
}
