using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArchiveSearch.Index.Permalinks;
using ArchiveSearch.Index.Schema;

namespace ArchiveSearch.Index.ClusterExport;

/// <summary>
/// One item as two lines of a bulk request: the <c>index</c> action naming its permalink id, then the document. The
/// index name is left to the request's address, so the same files load into any version of the archive's index.
/// </summary>
public static class ClusterDocument
{
    private static readonly JsonWriterOptions LineOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public static void WriteBulkLines(StoredArticle item, IBufferWriter<byte> into)
    {
        using (var action = new Utf8JsonWriter(into, LineOptions))
        {
            action.WriteStartObject();
            action.WriteStartObject("index");
            action.WriteString("_id", item.Id);
            action.WriteEndObject();
            action.WriteEndObject();
        }

        into.Write(NewLine);
        using (var json = new Utf8JsonWriter(into, LineOptions))
            WriteDocument(item, json);
        into.Write(NewLine);
    }

    public static void WriteDocument(StoredArticle item, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString(ClusterFields.Id, item.Id);
        json.WriteString(ClusterFields.Url, ArticleLinks.Url(item.Id));
        json.WriteString(ClusterFields.PageId, item.PageId);
        if (item.PageKey is { } pageKey)
            json.WriteString(ClusterFields.PageKey, pageKey);
        json.WriteNumber(ClusterFields.Ordinal, item.Ordinal);
        json.WriteString(ClusterFields.Kind, item.Kind);

        // As the index decides: a page's own lines and a label cut from the item's first clause are shown, not matched.
        var hasHeadline = item.Kind != PageLinesDocuments.HitKind && item.Title.Length > 0 && !DerivedTitles.IsDerived(item.Title, item.Body);
        if (hasHeadline)
            json.WriteString(ClusterFields.Title, item.Title);
        else if (item.Title.Length > 0)
            json.WriteString(ClusterFields.Label, item.Title);
        Text(json, ClusterFields.Subtitle, item.Subtitle);
        var headline = (hasHeadline ? item.Title : "") + item.Subtitle;
        Text(json, ClusterFields.Headline, headline);
        Text(json, ClusterFields.Byline, item.Byline);
        Text(json, ClusterFields.Body, item.Body);
        if (item.Headings.Count > 0)
        {
            json.WriteStartArray(ClusterFields.Headings);
            foreach (var heading in item.Headings)
                json.WriteStringValue(heading);
            json.WriteEndArray();
        }

        if (item.Authors.Count > 0)
        {
            json.WriteStartArray(ClusterFields.Authors);
            foreach (var author in item.Authors)
            {
                json.WriteStartObject();
                json.WriteString(ClusterFields.AuthorName, author.Name);
                if (author.Role is { Length: > 0 } role)
                    json.WriteString(ClusterFields.AuthorRole, role);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        Text(json, ClusterFields.Paper, item.Paper);
        if (item.Date is { } date)
            json.WriteString(ClusterFields.Date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (item.Page is { Length: > 0 } page)
        {
            json.WriteString(ClusterFields.Page, page);
            json.WriteNumber(ClusterFields.PageNumber, PageOrder.Of(page));
        }

        Text(json, ClusterFields.Section, item.Section);

        json.WriteStartObject(ClusterFields.Cut);
        json.WriteString(ClusterFields.Verdict, item.Cut.Verdict);
        json.WriteStartArray(ClusterFields.Reasons);
        foreach (var reason in item.Cut.Reasons)
        {
            json.WriteStartObject();
            json.WriteString("rule", reason.Rule);
            json.WriteString("words", reason.Words);
            if (reason.Detail is { } detail)
                json.WriteString("detail", detail);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
            json.WriteString(name, value);
    }
}
