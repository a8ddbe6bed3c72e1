using System.Security.Cryptography;

namespace ArchiveSearch.Index.Ingest;

/// <summary>Names and fingerprints the page files of an inbox folder.</summary>
public sealed class InboxFiles(string root)
{
    public const string PagePattern = "*.txt";
    public const string SidecarExtension = ".json";

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Relative paths (with forward slashes) of every page file under the root.</summary>
    public IEnumerable<string> EnumeratePages()
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive };
        foreach (var file in Directory.EnumerateFiles(Root, PagePattern, options))
            yield return Relative(file);
    }

    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    public string Full(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>A page's identity in the index: its relative path without the extension.</summary>
    public static string PageId(string relativePath) =>
        relativePath.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? relativePath[..^4] : relativePath;

    /// <summary>The page a changed file belongs to: the page itself, or the page whose sidecar it is.</summary>
    public static string? PageOf(string relativePath)
    {
        if (relativePath.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            return relativePath;
        if (relativePath.EndsWith(SidecarExtension, StringComparison.OrdinalIgnoreCase))
            return relativePath[..^SidecarExtension.Length] + ".txt";
        return null;
    }

    /// <summary>SHA-256 over the page's bytes and its sidecar's, so a metadata edit re-indexes the page too.</summary>
    public string Fingerprint(string relativePath)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var full = Full(relativePath);
        AppendFile(hash, full);
        var sidecar = Path.ChangeExtension(full, SidecarExtension);
        if (File.Exists(sidecar))
        {
            hash.AppendData([0]);
            AppendFile(hash, sidecar);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Hashes a file in chunks: an over-large page is fingerprinted without being held in memory.</summary>
    private static void AppendFile(IncrementalHash hash, string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
            hash.AppendData(chunk, 0, read);
    }
}
