using System.Collections.Concurrent;

namespace ArchiveSearch.Index.Health;

/// <summary>
/// Conditions an operator must act on (an inbox gone missing, deletions held back, a failing disk, a rebuilt
/// index, quarantined files), each a plain sentence under a stable key. Whoever detects a condition raises it
/// and clears it once it no longer holds; stats and readiness report what is raised.
/// </summary>
public sealed class OperatorWarnings
{
    private readonly ConcurrentDictionary<string, OperatorWarning> current = new(StringComparer.Ordinal);

    /// <summary>Raises or rewords the warning under <paramref name="key"/>.</summary>
    public void Raise(string key, string sentence, WarningSeverity severity = WarningSeverity.Degraded) =>
        current[key] = new OperatorWarning(key, sentence, severity, DateTimeOffset.UtcNow);

    public void Clear(string key) => current.TryRemove(key, out _);

    public bool IsRaised(string key) => current.ContainsKey(key);

    /// <summary>The raised warnings, oldest first.</summary>
    public IReadOnlyList<OperatorWarning> Current() => current.Values.OrderBy(w => w.Since).ThenBy(w => w.Key, StringComparer.Ordinal).ToList();
}
