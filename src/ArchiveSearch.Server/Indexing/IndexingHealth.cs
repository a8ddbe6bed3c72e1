using ArchiveSearch.Index.Health;
using ArchiveSearch.Index.Store;

namespace ArchiveSearch.Server.Indexing;

/// <summary>
/// Brings the operator warnings that follow from indexing up to date after each sync: a failing disk raised or
/// cleared, quarantined pages and rejected sidecars counted, a finished rebuild said.
/// </summary>
public sealed class IndexingHealth(IndexWriteFailure writeFailure, FileProblemWarnings fileProblems, IndexIntegrity integrity, ArchiveIndex index)
{
    /// <summary>After a sync that committed (or had nothing to commit); a sync that went through means a whole first scan has.</summary>
    public void SyncSucceeded()
    {
        writeFailure.Clear();
        fileProblems.Review();
        integrity.Review();
    }

    public void SyncFailed(Exception e, string what) => writeFailure.Raise(e, index.FullPath, what);
}
