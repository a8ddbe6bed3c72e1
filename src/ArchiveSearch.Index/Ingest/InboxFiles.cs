using System.Security.Cryptography;
using ArchiveSearch.Archive.Files;
using ArchiveSearch.Archive.Pages;

namespace ArchiveSearch.Index.Ingest;

/// <summary>
/// Names and fingerprints the page files of an inbox folder. Symbolic links are never followed: a link to a
/// file outside the inbox (<c>passwd.txt → /etc/passwd</c>) is not a page, a target inside the inbox is found
/// under its own path anyway, and a link from a folder to itself cannot make the scan read anything twice. Hidden
/// files and folders (names starting with a dot) are never pages, whether found by a scan or by a file event. A page
/// whose name is not valid UTF-8 cannot be opened by its name; the scan lists it apart, so it can be quarantined.
/// </summary>
public sealed class InboxFiles(string root)
{
    public const string PageExtension = ".txt";
    public const string SidecarExtension = ".json";

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Hidden files (editor swap files, dot files) are not pages; links are seen so they can be skipped.</summary>
    private static readonly EnumerationOptions OneFolder = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        MatchCasing = MatchCasing.CaseInsensitive,
    };

    /// <summary>Every page file under the root with its stamp, in one walk of the folders.</summary>
    public InboxListing Scan() => Scan(new DirectoryInfo(Root));

    /// <summary>Every page file under one folder of the inbox (a folder that just appeared, say).</summary>
    public InboxListing Scan(DirectoryInfo folder)
    {
        if (!folder.Exists)
            return new InboxListing([], [], 0, $"the inbox folder {folder.FullName} does not exist");
        if (Contains(folder.FullName) && IsHiddenPath(Relative(folder.FullName)))
            return new InboxListing([], [], 0, null);
        var pages = new List<InboxEntry>();
        var undecodable = new List<string>();
        var unreadable = new List<string>();
        var links = 0;
        var folders = new Stack<DirectoryInfo>();
        folders.Push(folder);
        while (folders.Count > 0)
        {
            var current = folders.Pop();
            List<FileSystemInfo> entries;
            try
            {
                entries = current.EnumerateFileSystemInfos("*", OneFolder).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                if (current == folder)
                    return new InboxListing([], [], 0, $"the inbox folder {folder.FullName} cannot be read: {e.Message}");
                unreadable.Add(Relative(current.FullName));
                continue;
            }

            var sidecars = new Dictionary<string, FileInfo>(StringComparer.Ordinal);
            var pageFiles = new List<FileInfo>();
            if (entries.Any(entry => UndecodableNames.IsUndecodable(entry.Name)))
            {
                var folderPath = Relative(current.FullName) is var relative && relative == "." ? "" : relative + "/";
                undecodable.AddRange(UndecodableNames.In(current.FullName, entries.Select(entry => entry.Name))
                    .Where(name => name.EndsWith(PageExtension, StringComparison.OrdinalIgnoreCase))
                    .Select(name => folderPath + name));
                entries.RemoveAll(entry => entry is FileInfo && UndecodableNames.IsUndecodable(entry.Name));
            }

            foreach (var entry in entries)
            {
                if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    // A linked sidecar is never read, but it is the page's sidecar all the same: it is rejected with the reason.
                    if (entry is FileInfo linked && linked.Name.EndsWith(SidecarExtension, StringComparison.Ordinal))
                        sidecars[linked.Name] = linked;
                    links++;
                    continue;
                }

                if (entry is DirectoryInfo sub)
                    folders.Push(sub);
                else if (entry is FileInfo file && file.Name.EndsWith(PageExtension, StringComparison.OrdinalIgnoreCase))
                    pageFiles.Add(file);
                else if (entry is FileInfo json && json.Name.EndsWith(SidecarExtension, StringComparison.Ordinal))
                    sidecars[json.Name] = json;
            }

            foreach (var file in pageFiles)
            {
                sidecars.TryGetValue(Path.GetFileNameWithoutExtension(file.Name) + SidecarExtension, out var sidecar);
                pages.Add(new InboxEntry(Relative(file.FullName), StampOf(file, sidecar)));
            }
        }

        return new InboxListing(pages, unreadable, links, null) { UndecodablePages = undecodable };
    }

    /// <summary>The current stamp of one page; null when it is gone, or is a link (never a page).</summary>
    public FileStamp? Stamp(string relativePath)
    {
        if (IsHiddenPath(relativePath) || UndecodableNames.IsUndecodable(relativePath))
            return null;
        var file = new FileInfo(Full(relativePath));
        if (!file.Exists || file.Attributes.HasFlag(FileAttributes.ReparsePoint))
            return null;
        var sidecar = new FileInfo(SidecarOf(file.FullName));
        return StampOf(file, sidecar.Exists || sidecar.LinkTarget is not null ? sidecar : null);
    }

    /// <summary>A sidecar that is a link counts with the link's own size and time: it is rejected, but its coming and going re-examines the page.</summary>
    private static FileStamp StampOf(FileInfo page, FileInfo? sidecar)
    {
        if (sidecar is not null && sidecar.LinkTarget is not null && RegularFile.Describe(sidecar.FullName) is { Kind: not EntryKind.Missing } link)
            return new(page.Length, page.LastWriteTimeUtc, link.Size, link.LastWriteUtc);
        return new(page.Length, page.LastWriteTimeUtc, sidecar?.Length ?? 0, sidecar?.LastWriteTimeUtc);
    }

    /// <summary>Whether a path (relative to the inbox) names a hidden file or lies in a hidden folder: a name that starts with a dot.</summary>
    public static bool IsHiddenPath(string relativePath) =>
        relativePath.Split('/').Any(part => part.Length > 0 && part[0] == '.' && part is not ("." or ".."));

    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    public string Full(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>Whether a path lies inside the inbox (not above it, not elsewhere).</summary>
    public bool Contains(string fullPath)
    {
        var relative = Path.GetRelativePath(Root, fullPath);
        return relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    /// <summary>A page's identity in the index: its relative path without the extension.</summary>
    public static string PageId(string relativePath) =>
        relativePath.EndsWith(PageExtension, StringComparison.OrdinalIgnoreCase) ? relativePath[..^4] : relativePath;

    /// <summary>The page a changed file belongs to: the page itself, or the page whose sidecar it is.</summary>
    public static string? PageOf(string relativePath)
    {
        if (relativePath.EndsWith(PageExtension, StringComparison.OrdinalIgnoreCase))
            return relativePath;
        if (relativePath.EndsWith(SidecarExtension, StringComparison.OrdinalIgnoreCase))
            return relativePath[..^SidecarExtension.Length] + PageExtension;
        return null;
    }

    private static string SidecarOf(string fullPagePath) => Path.ChangeExtension(fullPagePath, SidecarExtension);

    /// <summary>
    /// SHA-256 over the page's bytes and its sidecar's, so a metadata edit re-indexes the page too. Only regular
    /// files are read (a named pipe or a link is hashed as what it is), a sidecar only up to its size limit, each
    /// within the time limit: fingerprinting cannot block on an entry or read an endless one.
    /// </summary>
    public string Fingerprint(string relativePath, PageLimits? limits = null)
    {
        limits ??= PageLimits.Default;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var full = Full(relativePath);
        AppendFile(hash, full, limits.MaxReadTime);
        var sidecar = SidecarOf(full);
        var entry = RegularFile.Describe(sidecar);
        if (entry.Kind != EntryKind.Missing)
        {
            hash.AppendData([0]);
            if (entry.IsRegularFile && entry.Size <= limits.MaxSidecarBytes)
                AppendFile(hash, sidecar, limits.MaxReadTime);
            else
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"not read: {entry.Kind} {entry.Size} {entry.LastWriteUtc.Ticks}"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Hashes a file in chunks (an over-large page is fingerprinted without being held in memory); an entry that is not read is hashed as the reason.</summary>
    private static void AppendFile(IncrementalHash hash, string path, TimeSpan maxTime)
    {
        if (RegularFile.Stream(path, maxTime, hash.AppendData) is { } refusal)
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes("not read: " + refusal));
    }
}
