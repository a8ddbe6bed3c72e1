using System.Collections.Concurrent;

namespace ArchiveSearch.Index.Health;

/// <summary>One inbox entry (a page file or a folder) the service may not read, and why.</summary>
public sealed record UnreadableEntry(string Path, string Reason, DateTimeOffset Since);

/// <summary>
/// Page files and folders of the inbox that the service may not read (file permissions, most often): listed for
/// stats and said as a Degraded warning, since their pages are not searchable. An entry leaves the list once it
/// is read or is gone; the next scan tries each again.
/// </summary>
public sealed class UnreadableEntries(OperatorWarnings warnings)
{
    public const string Key = "inbox.unreadable";

    private readonly ConcurrentDictionary<string, UnreadableEntry> entries = new(StringComparer.Ordinal);

    public IReadOnlyList<UnreadableEntry> Current() => entries.Values.OrderBy(e => e.Path, StringComparer.Ordinal).ToList();

    public void Add(string path, Exception problem)
    {
        var reason = problem is UnauthorizedAccessException ? $"permission denied ({problem.Message})" : problem.Message;
        entries.AddOrUpdate(path, p => new UnreadableEntry(p, reason, DateTimeOffset.UtcNow), (_, known) => known with { Reason = reason });
        Say();
    }

    public void Remove(string path)
    {
        if (entries.TryRemove(path, out _))
            Say();
    }

    /// <summary>After a full scan: folders are what this scan could not list; pages not listed any more are gone.</summary>
    public void Scanned(IReadOnlyCollection<(string Folder, string Reason)> unreadableFolders, ISet<string> listedPages)
    {
        var folders = unreadableFolders.ToDictionary(f => f.Folder, f => f.Reason, StringComparer.Ordinal);
        foreach (var entry in entries.Values)
        {
            var isPage = listedPages.Contains(entry.Path);
            if (!isPage && !folders.ContainsKey(entry.Path))
                entries.TryRemove(entry.Path, out _);
        }

        foreach (var (folder, reason) in folders)
            entries.AddOrUpdate(folder, p => new UnreadableEntry(p, reason, DateTimeOffset.UtcNow), (_, known) => known with { Reason = reason });
        Say();
    }

    private void Say()
    {
        var count = entries.Count;
        if (count == 0)
        {
            warnings.Clear(Key);
            return;
        }

        var first = entries.Values.OrderBy(e => e.Path, StringComparer.Ordinal).First();
        var sentence = (count == 1 ? "1 inbox entry cannot be read" : $"{count} inbox entries cannot be read") +
            $" (the first: {first.Path}, {first.Reason}); what they hold is not searchable. /api/stats lists each with its reason; " +
            "give the service read access and they are indexed at the next rescan.";
        if (!warnings.Current().Any(w => w.Key == Key && w.Sentence == sentence))
            warnings.Raise(Key, sentence);
    }
}
