using System.Globalization;
using ArchiveSearch.Index.Health;
using ArchiveSearch.Index.Ingest;

namespace ArchiveSearch.Server.Indexing;

/// <summary>
/// Says, as an operator warning, that indexing failed (most often a full disk under the index) and clears it at
/// the next batch that commits. Until then new and changed pages are not searchable, so readiness is Unhealthy.
/// </summary>
public sealed class IndexWriteFailure(OperatorWarnings warnings)
{
    public const string Key = "index-write-failing";

    public void Raise(Exception e, string indexPath, string what)
    {
        var since = DateTimeOffset.UtcNow.ToString("u", CultureInfo.InvariantCulture);
        var sentence = IsDiskFull(e)
            ? $"The disk holding the index is full ({indexPath}): new and changed pages are not being indexed (since {since}, during {what}). " +
              "Free space on that disk; indexing resumes by itself at the next rescan, and nothing committed is lost."
            : $"Indexing failed during {what} ({e.GetType().Name}: {e.Message}) at {since}: new and changed pages are not being indexed. " +
              "It is retried at the next change or rescan.";
        warnings.Raise(Key, sentence, WarningSeverity.Unhealthy);
    }

    public void Clear() => warnings.Clear(Key);

    public static bool IsDiskFull(Exception e) => IndexWriteErrors.IsDiskFull(e);
}
