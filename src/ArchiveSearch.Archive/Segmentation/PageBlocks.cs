using System.Text.RegularExpressions;

namespace ArchiveSearch.Archive.Segmentation;

/// <summary>A paragraph of the page after wrap repair, with what it is and where it lies in the page.</summary>
public sealed record Block(LineKind Kind, string Text, int Start, int End)
{
    /// <summary>The byline that opened this paragraph (本报讯 记者X报道), already cut from <see cref="Text"/>.</summary>
    public string? Byline { get; init; }

    /// <summary>A credit that stood after this paragraph's last sentence, already cut from <see cref="Text"/>.</summary>
    public string? Credit { get; init; }

    public bool CreditIsPhoto { get; init; }

    /// <summary>A stanza: short lines printed without blank lines between them, kept line by line.</summary>
    public bool IsVerse { get; init; }
}

/// <summary>
/// Turns page lines into paragraphs: drops exact repeats of a passage, classifies each line, joins
/// sentences that the layout broke across lines (stepping over a photo caption placed between the two
/// halves), and separates bylines and credits from the text they were printed with.
/// </summary>
public static partial class PageBlocks
{
    /// <summary>Shorter repeated lines (a headline used twice, 本报讯) are legitimate; longer ones are extraction errors.</summary>
    private const int MinDuplicateLength = 20;

    /// <summary>Lines of verse are short; a longer line is prose, however it was printed.</summary>
    private const int MaxVerseLine = 24;

    /// <summary>Two lines printed together can be a headline and its sub-headline; a stanza has more.</summary>
    private const int MinStanzaLines = 3;

    private static bool IsVerseLine(string line) =>
        line.Length <= MaxVerseLine && LineClassifier.Classify(line) is not (LineKind.Kicker or LineKind.Byline or LineKind.EndCredit or LineKind.PhotoCredit or LineKind.ColumnLabel or LineKind.Furniture);

    /// <summary>A line that looked like a heading but continues the sentence before it starts with a clause this short.</summary>
    private const int MaxContinuationClause = 4;

    public static List<Block> Read(string page) => Read(page, out _);

    /// <summary>The page's paragraphs; <paramref name="wrapsRepaired"/> counts the broken sentences joined.</summary>
    public static List<Block> Read(string page, out int wrapsRepaired)
    {
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
                blocks.Add(new Block(LineKind.Body, verse, line.Start, lines[k + stanza - 1].End) { IsVerse = true });
                k += stanza - 1;
                continue;
            }

            var text = WithoutLayoutMarks(line.Text);
            if (text.Length == 0 || (text.Length >= MinDuplicateLength && !seen.Add(text)))
                continue;
            blocks.Add(new Block(LineClassifier.Classify(text), text, line.Start, line.End));
        }

        wrapsRepaired = RepairWraps(blocks);
        return blocks.Select(SeparateCredits).ToList();
    }

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
        if (text.Length > 1 && text[0] is '■' or '●' or '▲' or '◆')
        {
            var rest = text[1..].TrimStart();
            if (rest.StartsWith("本报", StringComparison.Ordinal) || rest.Length > LineClassifier.MaxHeadingLength)
                text = rest;
        }

        return text;
    }

    /// <summary>Joins each paragraph that does not end its sentence with the paragraph that continues it.</summary>
    public static int RepairWraps(List<Block> blocks)
    {
        var joins = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (IsHeadingThatContinuesText(blocks, i))
                blocks[i] = blocks[i] with { Kind = LineKind.Body };
            if (blocks[i].Kind != LineKind.Body || blocks[i].IsVerse || LineClassifier.IsSourceNote(blocks[i].Text))
                continue;
            while (!LineClassifier.EndsSentence(blocks[i].Text) && Continuation(blocks, i) is { } next)
            {
                blocks[i] = blocks[i] with { Text = blocks[i].Text + blocks[next].Text, End = blocks[next].End };
                blocks.RemoveAt(next);
                joins++;
            }
        }

        return joins;
    }

    /// <summary>
    /// The paragraph that continues block <paramref name="i"/>: the next body paragraph, looking past
    /// captions and photo credits that the layout put between the two halves of a sentence.
    /// </summary>
    private static int? Continuation(List<Block> blocks, int i)
    {
        var j = i + 1;
        while (j < blocks.Count)
        {
            var block = blocks[j];
            var creditFollows = j + 1 < blocks.Count && blocks[j + 1].Kind == LineKind.PhotoCredit;
            if (block.Kind == LineKind.PhotoCredit || (block.Kind == LineKind.Caption && LineClassifier.IsPictureLabel(block.Text)))
                j++;
            else if (block.Kind is LineKind.Body or LineKind.Caption && creditFollows)
                j += 2; // a caption with its credit
            else
                break;
        }

        // A one-sentence line right after a broken sentence is its end, not a caption; a stanza is neither.
        return j < blocks.Count && blocks[j].Kind is LineKind.Body or LineKind.Caption && !blocks[j].IsVerse ? j : null;
    }

    /// <summary>
    /// A short unpunctuated line inside body text, whose next line opens with a clause of a few characters
    /// (…结构 / 减排。…): a wrapped sentence, not a sub-headline.
    /// </summary>
    private static bool IsHeadingThatContinuesText(List<Block> blocks, int i)
    {
        if (blocks[i].Kind != LineKind.Heading || i == 0 || i + 1 >= blocks.Count)
            return false;
        if (blocks[i - 1].Kind != LineKind.Body || blocks[i + 1].Kind != LineKind.Body || blocks[i + 1].IsVerse)
            return false;
        var next = blocks[i + 1].Text;
        var clause = next.IndexOfAny(['。', '，', ',', '；', ';', '！', '？']);
        if (clause is <= 0 or > MaxContinuationClause)
            return false;
        // After a finished sentence the line starts a new one: it is that sentence's start only when the next line
        // ends the sentence at once (…结构 / 减排。); a sub-head is followed by a paragraph (建起一条链子 / 种得好，…).
        return !LineClassifier.EndsSentence(blocks[i - 1].Text) || next[clause] is '。' or '！' or '？';
    }

    private static Block SeparateCredits(Block block)
    {
        if (block.Kind is not (LineKind.Body or LineKind.Caption) || block.IsVerse)
            return block;
        var text = block.Text;
        string? byline = null;
        if (block.Kind == LineKind.Body && Credits.InlineByline(text) is { } opening)
        {
            byline = opening.Byline;
            text = text[opening.BodyStart..];
        }

        if (Credits.TrailingCredit(text) is { } closing)
            return block with { Text = text[..closing.CreditStart].TrimEnd(), Byline = byline, Credit = closing.Credit, CreditIsPhoto = closing.IsPhoto };
        return block with { Text = text, Byline = byline };
    }
}
