using ArchiveSearch.Archive.Corrections;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Store;

namespace ArchiveSearch.Index.Corrections;

/// <summary>
/// Which corrected pages need indexing again: those whose corrections file no longer hashes to what their page record
/// says they were indexed with (written, edited, imported or removed since). The work grows with the corrected pages
/// asked about, never with the archive. A page whose corrections did not change keeps its articles, and its
/// corrections that do not fit are said again as the operator warning, from its record.
/// </summary>
public sealed class CorrectionChanges(ArchiveIndex index, CorrectionStore store, CorrectionFits fits)
{
    /// <summary>The keys of every page indexed with corrections, from their records.</summary>
    public IReadOnlyList<string> CorrectedKeys() =>
        index.FindPageRecords(PageRecordDocuments.AnyCorrected).Select(r => r.Corrections!.PageKey).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The paths of the pages, among those with these keys, whose corrections changed since they were indexed.</summary>
    public IReadOnlyList<string> PagesToReindex(IEnumerable<string> pageKeys)
    {
        var paths = new List<string>();
        foreach (var key in pageKeys.Distinct(StringComparer.Ordinal))
        {
            if (PageKeys.PathOf(index, key) is not { } path)
                continue;
            string? now;
            try
            {
                now = store.Find(key) is { } corrections ? CorrectionsHash.Of(corrections) : null;
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                // Indexing it again says why its corrections are not read.
                paths.Add(path);
                continue;
            }

            var applied = index.FindPage(path)?.Corrections;
            if (applied?.PageKey == key && applied.Hash == now)
                fits.Record(key, applied.NotAppliedOutcomes);
            else if (now is not null || applied is not null)
                paths.Add(path);
        }

        return paths;
    }
}
