using System.Buffers;
using System.Text;
using System.Text.Json;
using ArchiveSearch.Index.ClusterExport;
using ArchiveSearch.Index.ClusterSearch;
using ArchiveSearch.Index.Health;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Index.Schema;
using Microsoft.Extensions.Logging;

namespace ArchiveSearch.Index.ClusterIngest;

/// <summary>
/// Keeps a cluster's copy of each page as the index holds it: the page's items through <c>_bulk</c> (the same documents
/// the export writes, <c>_id</c> the permalink id) with a <c>delete</c> for each id the new cut retired, then whatever
/// else the cluster still holds under the page's id (an item the new cut dropped without retiring it, such as the
/// page's own lines) is deleted by query. Writes are sent again while the cluster's refusal is transient
/// (<see cref="RetriedWrites"/>; a page written while others are pending is tried once). A page the cluster still did not take stays pending, its latest state kept here and
/// named by the <see cref="WarningKey"/> warning, and is sent again after the next page the cluster takes; the index
/// keeps the page meanwhile, and an export brings the cluster level as well.
/// </summary>
public sealed class ClusterPageCopy : IPageCopy
{
    public const string WarningKey = "cluster-copy";

    /// <summary>Pages kept for sending again; past this many, the oldest are let go and the warning asks for an export.</summary>
    public const int MaxPending = 1000;

    private readonly RetriedWrites writes;
    private readonly OperatorWarnings warnings;
    private readonly ILogger<ClusterPageCopy> logger;
    private readonly object gate = new();

    // In the order they first failed; a later state of the same page replaces its entry.
    private readonly Dictionary<string, PendingPage> pending = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();
    private int letGo;

    public ClusterPageCopy(ClusterConnection connection, OperatorWarnings warnings, ILogger<ClusterPageCopy> logger, Action<TimeSpan>? wait = null)
    {
        this.warnings = warnings;
        this.logger = logger;
        writes = new RetriedWrites(connection, wait);
    }

    /// <summary>The pages indexed here that the cluster has not taken yet, oldest first.</summary>
    public IReadOnlyList<string> Pending
    {
        get
        {
            lock (gate)
                return order.Where(pending.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
        }
    }

    public void PageWritten(string pageId, IReadOnlyList<StoredArticle> items, IReadOnlyList<string> retiredIds) =>
        Copy(new PendingPage(pageId, BulkLines(items, retiredIds), OtherItemsOfPage(pageId, items.Select(i => i.Id).ToList())));

    public void PageRemoved(string pageId) => Copy(new PendingPage(pageId, "", OtherItemsOfPage(pageId, [])));

    private void Copy(PendingPage page)
    {
        lock (gate)
        {
            // While pages are pending the cluster was failing a moment ago: one attempt, so a cluster that is down does
            // not hold the worker for the waits of every page.
            if (!TrySend(page, again: pending.Count == 0))
                return;
            pending.Remove(page.PageId);
            // The cluster takes writes again: the pages it did not take go now, oldest first, until one fails again.
            while (order.TryPeek(out var next))
            {
                if (pending.TryGetValue(next, out var waiting) && !TrySend(waiting))
                    break;
                order.Dequeue();
                pending.Remove(next);
            }

            Report();
        }
    }

    /// <summary>Sends a page's writes; on failure keeps it pending and says so.</summary>
    private bool TrySend(PendingPage page, bool again = true)
    {
        try
        {
            if (page.Lines.Length > 0)
                writes.Bulk(page.Lines, again);
            writes.DeleteByQuery(page.DeleteQuery, again);
            return true;
        }
        catch (ClusterRequestException e)
        {
            logger.LogError(e, "Page {PageId} is indexed here but not in the cluster: {Reason}", page.PageId, e.Message);
            if (!pending.ContainsKey(page.PageId))
                order.Enqueue(page.PageId);
            // The warning is read by anyone who asks for health: the status only; the address and the cluster's reason go to the log.
            pending[page.PageId] = page with { Reason = e.Status is { } status ? $"the cluster answered {status}" : "the cluster did not answer" };
            while (pending.Count > MaxPending && order.TryDequeue(out var oldest))
            {
                if (pending.Remove(oldest))
                    letGo++;
            }

            Report();
            return false;
        }
    }

    private void Report()
    {
        if (pending.Count == 0 && letGo == 0)
        {
            warnings.Clear(WarningKey);
            return;
        }

        var sentence = new StringBuilder();
        if (pending.Count > 0)
        {
            var latest = pending[order.Last(pending.ContainsKey)];
            sentence.Append($"{pending.Count} page(s) are indexed here but not yet in the cluster ({latest.Reason}; the log says why); they are sent again after the next page the cluster takes.");
        }

        if (letGo > 0)
            sentence.Append((sentence.Length > 0 ? " " : "") + $"{letGo} more page(s) the cluster did not take are no longer kept for sending again: an export (archivesearch export --elasticsearch) brings the cluster level.");
        warnings.Raise(WarningKey, sentence.ToString());
    }
    /// <summary>An <c>index</c> action and document per item, a <c>delete</c> action per retired id the page no longer has.</summary>
    public static string BulkLines(IReadOnlyList<StoredArticle> items, IReadOnlyList<string> retiredIds)
    {
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var item in items)
            ClusterDocument.WriteBulkLines(item, buffer);
        var kept = items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in retiredIds.Where(id => !kept.Contains(id)).Distinct(StringComparer.Ordinal))
        {
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteStartObject("delete");
                json.WriteString("_id", id);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            buffer.Write("\n"u8);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The query for the items under a page's id other than <paramref name="keep"/>.</summary>
    public static string OtherItemsOfPage(string pageId, IReadOnlyList<string> keep)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, ClusterTemplate.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartObject("query");
            json.WriteStartObject("bool");
            json.WriteStartArray("filter");
            json.WriteStartObject();
            json.WriteStartObject("term");
            json.WriteString(ClusterFields.PageId, pageId);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            if (keep.Count > 0)
            {
                json.WriteStartArray("must_not");
                json.WriteStartObject();
                json.WriteStartObject("ids");
                json.WriteStartArray("values");
                foreach (var id in keep)
                    json.WriteStringValue(id);
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
