using System.Globalization;
using System.Text;
using System.Xml;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Server.Html;

namespace ArchiveSearch.Server.Feeds;

/// <summary>
/// A search's newest hits as an Atom feed (RFC 4287). Each entry's id and alternate link are the article's permalink;
/// its title the headline; its summary (HTML) the paper, date, page and byline, and the snippet with the query's
/// matches marked; published and updated the article's date at midnight in China (UTC+8), the papers' time zone.
/// </summary>
public static class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static byte[] Write(string feedUrl, string searchPageUrl, string title, DateTimeOffset updated, IReadOnlyList<SearchHit> hits, string origin)
    {
        var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, "zh-CN");
            xml.WriteElementString("id", Atom, feedUrl);
            Text(xml, "title", title);
            Text(xml, "subtitle", "ArchiveSearch 报纸档案检索：与检索式相符的最新文章");
            xml.WriteElementString("updated", Atom, Timestamp(updated));
            Author(xml, "ArchiveSearch");
            Link(xml, "self", "application/atom+xml", feedUrl);
            Link(xml, "alternate", "text/html", searchPageUrl);
            xml.WriteStartElement("generator", Atom);
            xml.WriteString("ArchiveSearch");
            xml.WriteEndElement();
            foreach (var hit in hits)
                Entry(xml, hit, origin, updated);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return output.ToArray();
    }

    private static void Entry(XmlWriter xml, SearchHit hit, string origin, DateTimeOffset fallback)
    {
        var permalink = origin + hit.Url;
        // An undated item has no day of its own: it is dated by when the index last changed.
        var date = hit.Date is { } day ? day + "T00:00:00+08:00" : Timestamp(fallback);
        xml.WriteStartElement("entry", Atom);
        xml.WriteElementString("id", Atom, permalink);
        Text(xml, "title", string.IsNullOrWhiteSpace(hit.Title) ? "（无标题）" : hit.Title);
        Link(xml, "alternate", "text/html", permalink);
        if (hit.Date is not null)
            xml.WriteElementString("published", Atom, date);
        xml.WriteElementString("updated", Atom, date);
        foreach (var author in hit.Authors.Count > 0 ? hit.Authors : [hit.Paper ?? "ArchiveSearch"])
            Author(xml, author);
        if (!string.IsNullOrWhiteSpace(hit.Paper))
        {
            xml.WriteStartElement("category", Atom);
            xml.WriteAttributeString("term", hit.Paper);
            xml.WriteEndElement();
        }

        var line = string.Join(" · ", new[] { hit.Paper, hit.Date, hit.Page is { Length: > 0 } page ? $"第{page}版" : null, hit.Byline }.Where(p => !string.IsNullOrWhiteSpace(p)));
        xml.WriteStartElement("summary", Atom);
        xml.WriteAttributeString("type", "html");
        // The snippet is already safe HTML (matches in <mark>, all else escaped); the line above it is escaped here.
        xml.WriteString($"<p>{HtmlText.Escape(line)}</p><p>{hit.Snippet}</p>");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, string name, string text)
    {
        xml.WriteStartElement(name, Atom);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static void Author(XmlWriter xml, string name)
    {
        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, name);
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>An RFC 3339 date-time in UTC, whole seconds.</summary>
    public static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
