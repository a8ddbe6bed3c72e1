namespace ArchiveSearch.Archive.Segmentation;

/// <summary>A paragraph of the page after wrap repair, with what it is and where it lies in the page.</summary>
public sealed record Block(LineKind Kind, string Text, int Start, int End)
{
    /// <summary>The byline that opened this paragraph (本报讯 记者X报道), already cut from <see cref="Text"/>.</summary>
    public string? Byline { get; init; }

    /// <summary>A credit that stood after this paragraph's last sentence, already cut from <see cref="Text"/>.</summary>
    public string? Credit { get; init; }

    public bool CreditIsPhoto { get; init; }
}

/// <summary>
/// Turns page lines into paragraphs: drops exact repeats of a passage, classifies each line, joins
/// sentences that the layout broke across lines (stepping over a photo caption placed between the two
/// halves), and separates bylines and credits from the text they were printed with.
/// </summary>
public static class PageBlocks
{
    /// <summary>Shorter repeated lines (a headline used twice, 本报讯) are legitimate; longer ones are extraction errors.</summary>
    private const int MinDuplicateLength = 20;

    /// <summary>A line that looked like a heading but continues the sentence before it starts with a clause this short.</summary>
    private const int MaxContinuationClause = 4;

    public static List<Block> Read(string page) => Read(page, out _);

    /// <summary>The page's paragraphs; <paramref name="wrapsRepaired"/> counts the broken sentences joined.</summary>
    public static List<Block> Read(string page, out int wrapsRepaired)
    {
        var blocks = new List<Block>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in PageLines.Read(page))
        {
            if (line.Text.Length >= MinDuplicateLength && !seen.Add(line.Text))
                continue;
            blocks.Add(new Block(LineClassifier.Classify(line.Text), line.Text, line.Start, line.End));
        }

        wrapsRepaired = RepairWraps(blocks);
        return blocks.Select(SeparateCredits).ToList();
    }

    /// <summary>Joins each paragraph that does not end its sentence with the paragraph that continues it.</summary>
    public static int RepairWraps(List<Block> blocks)
    {
        var joins = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (IsHeadingThatContinuesText(blocks, i))
                blocks[i] = blocks[i] with { Kind = LineKind.Body };
            if (blocks[i].Kind != LineKind.Body)
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

        // A one-sentence line right after a broken sentence is its end, not a caption.
        return j < blocks.Count && blocks[j].Kind is LineKind.Body or LineKind.Caption ? j : null;
    }

    /// <summary>
    /// A short unpunctuated line inside body text, whose next line opens with a clause of a few characters
    /// (…结构 / 减排。…): a wrapped sentence, not a sub-headline.
    /// </summary>
    private static bool IsHeadingThatContinuesText(List<Block> blocks, int i)
    {
        if (blocks[i].Kind != LineKind.Heading || i == 0 || i + 1 >= blocks.Count)
            return false;
        if (blocks[i - 1].Kind != LineKind.Body || blocks[i + 1].Kind != LineKind.Body)
            return false;
        var clause = blocks[i + 1].Text.IndexOfAny(['。', '，', ',', '；', ';', '！', '？']);
        return clause is > 0 and <= MaxContinuationClause;
    }

    private static Block SeparateCredits(Block block)
    {
        if (block.Kind is not (LineKind.Body or LineKind.Caption))
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
