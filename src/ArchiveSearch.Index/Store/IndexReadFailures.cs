using System.Globalization;
using ArchiveSearch.Index.Health;
using Microsoft.Extensions.Logging;

namespace ArchiveSearch.Index.Store;

/// <summary>
/// Says when reading the index fails under a running service (a segment file truncated or overwritten on disk):
/// the files of the last commit are checked against their checksums at once, and damage found is raised as an
/// Unhealthy warning, so readiness takes the service out instead of it answering errors while Healthy. A failure
/// the check does not explain is raised as Degraded. Both stay until a restart, which checks the index before
/// opening it and rebuilds or refuses it as <c>Archive:OnDamagedIndex</c> says.
/// </summary>
public sealed class IndexReadFailures(ArchiveIndex index, OperatorWarnings warnings, ILogger<IndexReadFailures> logger)
{
    public const string Key = "index-damaged";

    private int checking;

    /// <summary>An I/O error raised while Lucene read the index (a short read, a corrupt block), not one of the request.</summary>
    public static bool IsIndexReadFailure(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is IOException && (inner.StackTrace?.Contains("Lucene.Net.", StringComparison.Ordinal) ?? false))
                return true;
        }

        return false;
    }

    public void Report(Exception e)
    {
        var problem = string.Join(' ', $"{e.GetType().Name}: {e.Message}".Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        logger.LogError("Reading the index failed: {Problem}", problem);
        // One check at a time: a burst of failing searches checks once.
        if (Interlocked.Exchange(ref checking, 1) == 1 || warnings.Current().Any(w => w.Key == Key && w.Severity == WarningSeverity.Unhealthy))
        {
            Volatile.Write(ref checking, 0);
            return;
        }

        try
        {
            var since = DateTimeOffset.UtcNow.ToString("u", CultureInfo.InvariantCulture);
            var check = index.VerifyFiles();
            if (check.IsDamaged)
            {
                warnings.Raise(Key,
                    $"The index is damaged under the running service ({check.Problem}; found {since} after a failed read: {problem}). " +
                    "Searches that meet the damage fail. Restart the service: it checks the index and rebuilds it from the inbox (or refuses, as Archive:OnDamagedIndex says).",
                    WarningSeverity.Unhealthy);
                logger.LogError("The index is damaged: {Problem}", check.Problem);
            }
            else
            {
                warnings.Raise(Key, $"Reading the index failed at {since} ({problem}), though its files pass their checksums; some searches may fail. Check the disk under the index.");
            }
        }
        finally
        {
            Volatile.Write(ref checking, 0);
        }
    }
}
