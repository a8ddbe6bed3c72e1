using System.Text;
using System.Text.RegularExpressions;

namespace ArchiveSearch.Server.Html;

/// <summary>
/// The little Markdown the project's guides use, as safe HTML: headings, paragraphs, lists (continued by indented
/// lines), pipe tables, inline code, bold and links. Everything is escaped first, so a guide cannot inject markup.
/// </summary>
public static partial class MarkdownView
{
    public static string Render(string markdown)
    {
        var html = new StringBuilder();
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var paragraph = new StringBuilder();
        var inList = false;

        void Flush()
        {
            if (paragraph.Length > 0)
                html.Append(inList ? "<li>" : "<p>").Append(Inline(paragraph.ToString().Trim())).Append(inList ? "</li>\n" : "</p>\n");
            paragraph.Clear();
        }

        void EndList()
        {
            Flush();
            if (inList)
                html.Append("</ul>\n");
            inList = false;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith('#'))
            {
                EndList();
                var level = Math.Min(line.TakeWhile(c => c == '#').Count(), 6);
                html.Append($"<h{level}").Append(level == 1 ? " tabindex=\"-1\"" : "").Append('>').Append(Inline(line[level..].Trim())).Append($"</h{level}>\n");
            }
            else if (line.StartsWith('|'))
            {
                EndList();
                var rows = new List<string>();
                for (; i < lines.Length && lines[i].StartsWith('|'); i++)
                    rows.Add(lines[i]);
                i--;
                html.Append("<table class=\"guide-table\">\n");
                for (var r = 0; r < rows.Count; r++)
                {
                    if (r == 1 && Separator().IsMatch(rows[r]))
                        continue;
                    var cell = r == 0 ? "th" : "td";
                    html.Append("<tr>");
                    foreach (var text in Cells(rows[r]))
                        html.Append('<').Append(cell).Append('>').Append(Inline(text)).Append("</").Append(cell).Append('>');
                    html.Append("</tr>\n");
                }

                html.Append("</table>\n");
            }
            else if (line.StartsWith("- "))
            {
                Flush();
                if (!inList)
                    html.Append("<ul>\n");
                inList = true;
                paragraph.Append(line[2..]);
            }
            else if (string.IsNullOrWhiteSpace(line))
            {
                EndList();
            }
            else
            {
                if (inList && !line.StartsWith(' '))
                    EndList();
                paragraph.Append(' ').Append(line.Trim());
            }
        }

        EndList();
        return html.ToString();
    }

    /// <summary>The cells of a table row; <c>\|</c> is a bar inside a cell.</summary>
    private static IEnumerable<string> Cells(string row) =>
        row.Trim().Trim('|').Replace("\\|", "\u0001").Split('|').Select(c => c.Replace("\u0001", "|").Trim());

    private static string Inline(string text)
    {
        var html = new StringBuilder();
        var parts = text.Split('`');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 1)
            {
                html.Append("<code>").Append(HtmlText.Escape(parts[i])).Append("</code>");
                continue;
            }

            var escaped = HtmlText.Escape(parts[i].Replace("\\|", "|"));
            escaped = Bold().Replace(escaped, "<strong>$1</strong>");
            escaped = Link().Replace(escaped, m => $"<a href=\"{(m.Groups[2].Value.StartsWith("http", StringComparison.Ordinal) ? m.Groups[2].Value : "#")}\">{m.Groups[1].Value}</a>");
            html.Append(escaped);
        }

        return html.ToString();
    }

    [GeneratedRegex(@"^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)]+)\)")]
    private static partial Regex Link();
}
