using ArchiveSearch.Index.Schema;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Ingest;

/// <summary>
/// Gives each page file a page key no other page file holds. The searcher shows the keys of pages as of the last
/// refresh; pages written or removed since then (several threads load pages at once, a rename removes one file
/// and adds another) are known here instead: their claims replace what the searcher shows of them, and are
/// forgotten once a refresh has made their documents visible.
/// </summary>
internal sealed class PageKeyClaims : ReferenceManager.IRefreshListener
{
    private readonly object gate = new();
    private readonly Dictionary<string, string> holders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Change> changed = new(StringComparer.Ordinal);

    private sealed class Change(string? key)
    {
        public string? Key { get; } = key;

        public bool Done { get; set; }
    }

    /// <summary>
    /// The first candidate held by no other page, claimed for <paramref name="pageId"/> until it is visible.
    /// <paramref name="visibleHolders"/> lists the other page ids the searcher shows holding a key.
    /// </summary>
    public PageKeyChoice Claim(string pageId, IReadOnlyList<PageKeyChoice> candidates, Func<string, IEnumerable<string>> visibleHolders)
    {
        lock (gate)
        {
            var choice = candidates.FirstOrDefault(c => !HeldByAnother(c.Key, pageId, visibleHolders)) ?? candidates[^1];
            Forget(pageId);
            holders[choice.Key] = pageId;
            changed[pageId] = new Change(choice.Key);
            return choice;
        }
    }

    /// <summary>The claimed page's documents are in the writer: the next refresh shows them.</summary>
    public void Written(string pageId)
    {
        lock (gate)
        {
            if (changed.TryGetValue(pageId, out var change))
                change.Done = true;
        }
    }

    /// <summary>The page's documents are gone from the writer: what the searcher shows of it no longer holds a key.</summary>
    public void Removed(string pageId)
    {
        lock (gate)
        {
            Forget(pageId);
            changed[pageId] = new Change(null) { Done = true };
        }
    }

    private List<KeyValuePair<string, Change>> refreshing = [];

    /// <summary>The changes written before a refresh starts are the ones it will make visible.</summary>
    public void BeforeRefresh()
    {
        lock (gate)
            refreshing = changed.Where(c => c.Value.Done).ToList();
    }

    /// <summary>
    /// Forgets the changes the refresh made visible. A refresh that found nothing new or failed forgets nothing: a
    /// claim kept longer still says what the writer holds.
    /// </summary>
    public void AfterRefresh(bool didRefresh)
    {
        lock (gate)
        {
            var done = refreshing;
            refreshing = [];
            if (!didRefresh)
                return;
            foreach (var (pageId, change) in done)
            {
                if (changed.TryGetValue(pageId, out var now) && ReferenceEquals(now, change))
                    Forget(pageId);
            }
        }
    }

    private void Forget(string pageId)
    {
        if (!changed.Remove(pageId, out var change))
            return;
        if (change.Key is { } key && holders.TryGetValue(key, out var holder) && holder == pageId)
            holders.Remove(key);
    }

    private bool HeldByAnother(string key, string pageId, Func<string, IEnumerable<string>> visibleHolders)
    {
        if (holders.TryGetValue(key, out var holder))
            return holder != pageId;
        // What the searcher shows of a page changed since the refresh is out of date.
        return visibleHolders(key).Any(visible => visible != pageId && !changed.ContainsKey(visible));
    }
}
