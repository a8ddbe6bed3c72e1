using System.Buffers;
using System.Text;
using System.Text.Json;
using ArchiveSearch.Index.ClusterExport;
using ArchiveSearch.Index.ClusterSearch;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Index.Schema;
using Microsoft.Extensions.Logging;

namespace ArchiveSearch.Index.ClusterIngest;

/// <summary>
/// Keeps a cluster's copy of each page as the index holds it: the page's items through <c>_bulk</c> (the same documents
/// the export writes, <c>_id</c> the permalink id) with a <c>delete</c> for each id the new cut retired, then whatever
/// else the cluster still holds under the page's id (an item the new cut dropped without retiring it, such as the
/// page's own lines) is deleted by query. A failed request is logged and the index keeps the page: the cluster is a
/// derived copy, brought level again by an export.
/// </summary>
public sealed class ClusterPageCopy(ClusterConnection connection, ILogger<ClusterPageCopy> logger) : IPageCopy
{
    public void PageWritten(string pageId, IReadOnlyList<StoredArticle> items, IReadOnlyList<string> retiredIds)
    {
        try
        {
            var lines = BulkLines(items, retiredIds);
            if (lines.Length > 0)
                connection.Bulk(lines);
            connection.DeleteByQuery(OtherItemsOfPage(pageId, items.Select(i => i.Id).ToList()));
        }
        catch (ClusterRequestException e)
        {
            logger.LogError(e, "Page {PageId} is indexed here but not in the cluster: {Reason}", pageId, e.Message);
        }
    }

    public void PageRemoved(string pageId)
    {
        try
        {
            connection.DeleteByQuery(OtherItemsOfPage(pageId, []));
        }
        catch (ClusterRequestException e)
        {
            logger.LogError(e, "Page {PageId} is removed here but its items are still in the cluster: {Reason}", pageId, e.Message);
        }
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
