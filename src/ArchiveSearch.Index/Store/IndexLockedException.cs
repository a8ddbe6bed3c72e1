namespace ArchiveSearch.Index.Store;

/// <summary>The index is being written by another process; only one process may write an index at a time.</summary>
public sealed class IndexLockedException(string indexFolder, Exception? inner = null) : Exception(
    $"the index at {indexFolder} is in use by another ArchiveSearch process (a running service or an 'archivesearch index' load); only one process may write an index at a time.",
    inner)
{
    public string IndexFolder { get; } = indexFolder;
}
