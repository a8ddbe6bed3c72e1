namespace ArchiveSearch.Index.Ingest;

/// <summary>Tells an error of writing the index (a full or failing disk under it) from an error of reading a page file.</summary>
public static class IndexWriteErrors
{
    private const int NoSpaceLeftOnDevice = 28; // ENOSPC

    public static bool IsDiskFull(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is IOException io && ((io.HResult & 0xFFFF) == NoSpaceLeftOnDevice
                || io.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase)
                || io.Message.Contains("not enough space on the disk", StringComparison.OrdinalIgnoreCase)))
                return true;
        }

        return false;
    }

    /// <summary>A full disk, or an I/O error raised inside Lucene (the writer), not by reading the page file.</summary>
    public static bool IsIndexWrite(Exception e) =>
        IsDiskFull(e) || (e.StackTrace?.Contains("Lucene.Net.", StringComparison.Ordinal) ?? false);
}
