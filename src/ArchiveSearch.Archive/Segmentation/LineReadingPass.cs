using System.Text.RegularExpressions;

namespace ArchiveSearch.Archive.Segmentation;

/// <summary>
/// Lines: the page's non-blank lines, each a block of its own, without what the layout added to them;
/// exact repeats of a passage dropped; short lines printed together kept as one stanza of verse.
/// </summary>
public sealed partial class LineReadingPass : ISegmentationPass
{
    /// <summary>Shorter repeated lines (a headline used twice, 本报讯) are legitimate; longer ones are extraction errors.</summary>
    private const int MinDuplicateLength = 20;

    /// <summary>Lines of verse are short; a longer line is prose, however it was printed.</summary>
    private const int MaxVerseLine = 24;

    /// <summary>Two lines printed together can be a headline and its sub-headline; a stanza has more.</summary>
    private const int MinStanzaLines = 3;

    public string Name => "lines";

    public void Run(PageWork work)
    {
        var page = work.Page;
        var blocks = new List<Block>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = PageLines.Read(page);
        var verseLike = lines.Select(l => IsVerseLine(l.Text)).ToArray();
        for (var k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            var stanza = StanzaLength(page, lines, verseLike, k);
            if (stanza >= MinStanzaLines)
            {
                var verse = string.Join('\n', lines.Skip(k).Take(stanza).Select(l => l.Text));
                blocks.Add(new Block(LineKind.Body, verse, line.Start, lines[k + stanza - 1].End) { IsVerse = true, Rule = "verse-stanza" });
                work.Record(Name, "verse-stanza", $"{stanza} short lines printed together kept as one stanza", line.Start, verse);
                k += stanza - 1;
                continue;
            }

            var text = WithoutLayoutMarks(line.Text);
            if (text.Length == 0)
                continue;
            if (text.Length >= MinDuplicateLength && !seen.Add(text))
            {
                work.Record(Name, "repeated-passage", "dropped", line.Start, text);
                continue;
            }

            blocks.Add(new Block(LineKind.Body, text, line.Start, line.End));
        }

        work.Blocks = blocks;
    }

    private static bool IsVerseLine(string line) =>
        line.Length <= MaxVerseLine && LineRules.Classify(line).Kind is not (LineKind.Kicker or LineKind.Byline or LineKind.EndCredit or LineKind.PhotoCredit or LineKind.ColumnLabel or LineKind.Furniture);

    /// <summary>
    /// How many lines from <paramref name="k"/> may form a stanza: pages put a blank line between paragraphs, so
    /// short lines that follow one another directly, and are no credit or label, are verse.
    /// </summary>
    private static int StanzaLength(string page, List<PageLine> lines, bool[] verseLike, int k)
    {
        var length = 1;
        while (k + length < lines.Count
               && verseLike[k + length - 1]
               && verseLike[k + length]
               && page.AsSpan(lines[k + length - 1].End, lines[k + length].Start - lines[k + length - 1].End).Count('\n') == 1)
            length++;
        return length;
    }

    /// <summary>Notes that an article goes on elsewhere: (下转第三版), （上接第1版）.</summary>
    [GeneratedRegex(@"[(（]\s*(?:下转|上接|转|接)第?\s*[0-9一二三四五六七八九十]+\s*版\s*[)）]")]
    private static partial Regex ContinuationNote();

    /// <summary>
    /// The line without what the layout added to it: continuation notes, and the bullet that marks an item in a
    /// column of briefs (■本报讯…) — a bullet before a short label instead marks the column, so it stays.
    /// </summary>
    public static string WithoutLayoutMarks(string line)
    {
        var text = ContinuationNote().Replace(line, "").Trim();
        if (text.Length > 1 && SegmentationLexicon.Bullets.Contains(text[0]))
        {
            var rest = text[1..].TrimStart();
            if (rest.StartsWith("本报", StringComparison.Ordinal) || rest.Length > LineShapes.MaxHeadingLength)
                text = rest;
        }

        return text;
    }
}
