using System.Net;
using System.Text.RegularExpressions;
using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Server.Export;

/// <summary>What an export keeps of a hit, as plain text: the snippet without its marks, the permalink absolute.</summary>
public sealed partial record ExportRow(string Id, string Title, string? Date, string? Paper, string? Page, string? Byline, string Url, string Snippet)
{
    public static readonly string[] Columns = ["title", "date", "paper", "page", "byline", "url", "snippet"];

    public static ExportRow From(SearchHit hit, string origin) =>
        new(hit.Id, hit.Title, hit.Date, hit.Paper, hit.Page, hit.Byline, origin + hit.Url, PlainText(hit.Snippet));

    /// <summary>The snippet's marks removed and its escapes undone; its passages on one line.</summary>
    private static string PlainText(string html) =>
        Whitespace().Replace(WebUtility.HtmlDecode(Tags().Replace(html, "")), " ").Trim();

    [GeneratedRegex("</?mark>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
