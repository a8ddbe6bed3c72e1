using System.Collections.Concurrent;
using ArchiveSearch.Archive.Corrections;
using ArchiveSearch.Index.Health;

namespace ArchiveSearch.Index.Corrections;

/// <summary>
/// Which pages hold corrections that were not applied the last time the page was indexed (or checked), said as
/// one operator warning naming how many and where, until they fit again, are undone or the page is gone.
/// </summary>
public sealed class CorrectionFits(OperatorWarnings warnings)
{
    public const string WarningKey = "corrections-not-applied";

    private readonly ConcurrentDictionary<string, IReadOnlyList<CorrectionOutcome>> notApplied = new(StringComparer.Ordinal);
    private readonly object gate = new();

    public void Record(string pageKey, IEnumerable<CorrectionOutcome> outcomes)
    {
        var unfit = outcomes.Where(o => !o.Applied).ToList();
        if (unfit.Count == 0)
            notApplied.TryRemove(pageKey, out _);
        else
            notApplied[pageKey] = unfit;
        Say();
    }

    public void Unreadable(string pageKey, string problem)
    {
        notApplied[pageKey] = [new CorrectionOutcome(new Correction { Kind = "unreadable", By = "", ContentHash = "", Why = problem }, CorrectionProblem.NotPossible)];
        Say();
    }

    public void Forget(string pageKey)
    {
        if (notApplied.TryRemove(pageKey, out _))
            Say();
    }

    public IReadOnlyDictionary<string, IReadOnlyList<CorrectionOutcome>> Current => notApplied;

    private void Say()
    {
        lock (gate)
        {
            if (notApplied.IsEmpty)
            {
                warnings.Clear(WarningKey);
                return;
            }

            var count = notApplied.Values.Sum(o => o.Count);
            var pages = notApplied.Keys.Order(StringComparer.Ordinal).ToList();
            var named = string.Join(", ", pages.Take(5).Select(k => "/pages/" + k)) + (pages.Count > 5 ? $" and {pages.Count - 5} more" : "");
            warnings.Raise(WarningKey,
                $"{count} correction(s) on {pages.Count} page(s) no longer fit the page as it is now and are kept but not applied: {named}.");
        }
    }
}
