using System.Buffers;
using System.Globalization;

namespace ArchiveSearch.Index.ClusterExport;

/// <summary>
/// One bulk file being written: under a <c>.partial</c> name until it is finished, then renamed to its own name, so
/// a file with its own name is always whole and a crash leaves at most a partial file the next run discards.
/// </summary>
public sealed class BulkFile : IDisposable
{
    public const string Prefix = "bulk-";
    public const string Extension = ".ndjson";
    public const string PartialSuffix = ".partial";

    private readonly FileStream stream;
    private readonly string partialPath;

    public BulkFile(string folder, int number)
    {
        Path = System.IO.Path.Combine(folder, NameOf(number));
        partialPath = Path + PartialSuffix;
        stream = new FileStream(partialPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
    }

    /// <summary>The file's name when finished: bulk-000001.ndjson, numbered from 1 so the names sort in load order.</summary>
    public static string NameOf(int number) => Prefix + number.ToString("D6", CultureInfo.InvariantCulture) + Extension;

    public string Path { get; }

    public long Bytes { get; private set; }

    public int Items { get; private set; }

    public string? LastId { get; private set; }

    public void Append(ReadOnlySpan<byte> lines, string id)
    {
        stream.Write(lines);
        Bytes += lines.Length;
        Items++;
        LastId = id;
    }

    /// <summary>Flushes to disk and gives the file its own name.</summary>
    public void Finish()
    {
        stream.Flush(flushToDisk: true);
        stream.Dispose();
        File.Move(partialPath, Path, overwrite: true);
    }

    /// <summary>Closes an unfinished file and removes it.</summary>
    public void Dispose()
    {
        stream.Dispose();
        if (File.Exists(partialPath))
            File.Delete(partialPath);
    }
}
