namespace ArchiveSearch.Index.Store;

/// <summary>
/// Keeps a second process from writing the same index. Lucene's write.lock did not keep a second .NET process
/// out here, and two writers ruin an index; this lock file is held open without sharing (an exclusive lock the
/// operating system drops when the process ends, so a killed process leaves no stale lock behind). The folder is
/// locked too, so deleting the lock file under a running service does not let a second writer in.
/// </summary>
public sealed class IndexProcessLock : IDisposable
{
    public const string FileName = "archivesearch.lock";

    private readonly FileStream stream;
    private readonly FolderLock? folderLock;

    private IndexProcessLock(FileStream stream, FolderLock? folderLock, string path)
    {
        this.stream = stream;
        this.folderLock = folderLock;
        Path = path;
    }

    public string Path { get; }

    /// <summary>True while the lock file is still where it was taken (a damaged index moved aside takes it along).</summary>
    public bool IsInPlace => File.Exists(Path);

    /// <exception cref="IndexLockedException">another process holds the index.</exception>
    public static IndexProcessLock Acquire(string indexFolder)
    {
        var path = System.IO.Path.Combine(indexFolder, FileName);
        FolderLock? folderLock;
        try
        {
            folderLock = FolderLock.Acquire(indexFolder);
        }
        catch (IOException e)
        {
            throw new IndexLockedException(indexFolder, e);
        }

        try
        {
            return new IndexProcessLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None), folderLock, path);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            folderLock?.Dispose();
            throw new IndexLockedException(indexFolder, e);
        }
        catch
        {
            folderLock?.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        stream.Dispose();
        folderLock?.Dispose();
    }
}
