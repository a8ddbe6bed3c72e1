namespace ArchiveSearch.Archive.Segmentation;

/// <summary>
/// Reading-order repair, for pages whose columns came out interleaved. Three repairs, each a named rule:
/// <list type="bullet">
/// <item><c>continues-across-blocks</c>: a paragraph that breaks off is joined with the later paragraph that
/// continues it, across the blocks in between, when the SmartCN dictionaries read a word or a known pair of
/// words across the join; the best-supported continuation wins, and the rest of its column comes with it.</item>
/// <item><c>late-headline</c>: a headline printed after the opening paragraphs of a report that has none is
/// moved above them.</item>
/// <item><c>paragraph-before-headline</c>: a paragraph printed between a headline and the byline that opens its
/// report (本报讯…) goes on from the item above the headline, and moves there.</item>
/// <item><c>sentence-continues-past-headline</c>: a report's opening paragraph that breaks off at a comma, then
/// its headline (and a photo), then the rest of the sentence: the headline goes above the report and the sentence
/// is made whole.</item>
/// <item><c>paragraph-before-byline</c>: a paragraph printed between a headline and the byline on a line of its
/// own that opens its report, which reads as the item above the headline, moves there.</item>
/// <item><c>profile-parts-together</c>: an item printed between two profiles of a feature is moved after the
/// feature.</item>
/// </list>
/// Headlines and credits are never joined into.
/// </summary>
public sealed class ReadingOrderRepairPass(WordJoins? joins = null) : ISegmentationPass
{
    /// <summary>How many blocks ahead a paragraph's continuation is looked for: what stands between is a photo and a short item at most.</summary>
    private const int MaxDistance = 8;

    /// <summary>How many paragraphs of a report may come before its headline.</summary>
    private const int MaxParagraphsBeforeHeadline = 4;

    public string Name => "reading-order";

    public void Run(PageWork work)
    {
        var judge = joins ?? WordJoins.Shared;
        JoinBrokenParagraphs(work, judge);
        JoinSentencesAcrossLateHeadlines(work);
        RaiseLateHeadlines(work);
        ReturnParagraphsAboveHeadlines(work);
        ReturnParagraphsAboveBylines(work);
        KeepProfilesTogether(work);
    }

    private void JoinBrokenParagraphs(PageWork work, WordJoins judge)
    {
        var blocks = work.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!BreaksOff(blocks[i]))
                continue;
            while (!LineShapes.EndsSentence(blocks[i].Text) && BestContinuation(blocks, i, judge) is var (j, evidence) && j > 0)
            {
                // A join that only the continuation's shape supports takes that paragraph alone, not the column after it.
                var flowEnd = evidence.Score == TailScore ? j + 1 : EndOfFlow(blocks, j + 1);
                work.Record(Name, "continues-across-blocks", $"joined over {j - i - 1} blocks ({evidence.Evidence})", blocks[j].Start, Tail(blocks[i].Text) + "|" + blocks[j].Text);
                var joined = blocks[i] with { Text = blocks[i].Text + blocks[j].Text, End = Math.Max(blocks[i].End, blocks[j].End) };
                var rest = blocks.GetRange(j + 1, flowEnd - j - 1);
                var between = blocks.GetRange(i + 1, j - i - 1);
                blocks.RemoveRange(i, flowEnd - i);
                blocks.InsertRange(i, [joined, .. rest, .. between]);
                work.ReadingOrderJoins++;
            }
        }
    }

    /// <summary>A paragraph of prose that stops without closing punctuation (and without a credit after its last sentence).</summary>
    private static bool BreaksOff(Block block) =>
        block.Kind == LineKind.Body && !block.IsVerse && !LineShapes.IsSourceNote(block.Text) && !LineShapes.EndsSentence(block.Text)
        && Credits.TrailingCredit(block.Text) is null;

    /// <summary>The later paragraph that best continues block <paramref name="i"/>, if any reads on from it.</summary>
    private static (int Index, JoinEvidence Evidence) BestContinuation(List<Block> blocks, int i, WordJoins judge)
    {
        var best = (Index: -1, Evidence: JoinEvidence.None);
        for (var j = i + 1; j < blocks.Count && j <= i + MaxDistance; j++)
        {
            if (!CanContinue(blocks, j))
                continue;
            var evidence = judge.Judge(blocks[i].Text, blocks[j].Text);
            if (evidence.Score > best.Evidence.Score)
                best = (j, evidence);
        }

        if (best.Index >= 0)
            return best;
        // No word reads across any join: the one later paragraph that opens with the bare end of a sentence (无人问津。…)
        // finishes the broken one, however the dictionaries read it.
        var tails = Enumerable.Range(i + 1, Math.Max(0, Math.Min(blocks.Count - 1, i + MaxDistance) - i))
            .Where(j => (CanContinue(blocks, j) || IsTailCaption(blocks, j)) && SentenceTail(blocks[j].Text) is not null).ToList();
        return tails.Count == 1 ? (tails[0], new JoinEvidence(TailScore, "sentence-tail " + SentenceTail(blocks[tails[0]].Text))) : best;
    }

    /// <summary>A join supported only by the shape of the continuation: weaker than any word the dictionaries know.</summary>
    private const double TailScore = 0.01;

    /// <summary>A sentence this short opening a paragraph can only be the end of one begun elsewhere.</summary>
    private const int MaxSentenceTail = 4;

    /// <summary>The bare end of a sentence opening the text (稳定。, 应收尽收。): a few characters, no clause mark, then 。.</summary>
    private static string? SentenceTail(string text)
    {
        var end = text.IndexOf('。');
        return end is > 0 and <= MaxSentenceTail && text.IndexOfAny(['，', '、', '“', '”', '：', '；', '\n'], 0, end) < 0 ? text[..(end + 1)] : null;
    }

    /// <summary>A sentence's bare end read as a one-sentence caption, not after a headline or byline.</summary>
    private static bool IsTailCaption(List<Block> blocks, int j) =>
        blocks[j] is { Kind: LineKind.Caption, Rule: "one-sentence-caption" } && blocks[j - 1].Kind is not (LineKind.Heading or LineKind.Kicker or LineKind.Byline or LineKind.ColumnLabel);

    /// <summary>
    /// Text that may continue a broken paragraph: a paragraph of prose that opens no item (no byline, no editor's
    /// note) and is not the first paragraph under a headline or byline.
    /// </summary>
    private static bool CanContinue(List<Block> blocks, int j) =>
        blocks[j].Kind == LineKind.Body && !blocks[j].IsVerse && !OpensItem(blocks[j])
        && blocks[j - 1].Kind is not (LineKind.Heading or LineKind.Kicker or LineKind.Byline or LineKind.ColumnLabel);

    private static bool OpensItem(Block block) =>
        block.Kind == LineKind.Body && (Credits.InlineByline(block.Text) is not null || ArticleDraft.IsEditorsNote(block.Text));

    /// <summary>Where the column that a continuation opens ends: at the next headline, byline, label or item, after a closing credit.</summary>
    private static int EndOfFlow(List<Block> blocks, int k)
    {
        while (k < blocks.Count && blocks[k].Kind is LineKind.Body or LineKind.Caption or LineKind.PhotoCredit or LineKind.SpeakerLabel && !OpensItem(blocks[k]))
            k++;
        return k < blocks.Count && blocks[k].Kind == LineKind.EndCredit ? k + 1 : k;
    }

    /// <summary>
    /// A headline (with its sub-headlines) followed by text with no byline, right after the opening paragraphs of
    /// a report that started without a headline (本报讯…, at the top of the page or after another item's end).
    /// </summary>
    private void RaiseLateHeadlines(PageWork work)
    {
        var blocks = work.Blocks;
        for (var h = 1; h < blocks.Count; h++)
        {
            if (blocks[h].Kind != LineKind.Heading || blocks[h - 1].Kind != LineKind.Body)
                continue;
            var end = h;
            while (end < blocks.Count && blocks[end].Kind is LineKind.Heading or LineKind.Kicker)
                end++;
            if (end >= blocks.Count || blocks[end].Kind != LineKind.Body || blocks[end].IsVerse || OpensItem(blocks[end]))
                continue;
            var opening = h - 1;
            while (opening >= 0 && h - opening <= MaxParagraphsBeforeHeadline && blocks[opening].Kind == LineKind.Body && !blocks[opening].IsVerse && !OpensItem(blocks[opening]))
                opening--;
            if (opening < 0 || h - opening > MaxParagraphsBeforeHeadline || Credits.InlineByline(blocks[opening].Text) is null || !StandsWithoutHeadline(blocks, opening))
                continue;
            work.Record(Name, "late-headline", "moved above its report's opening paragraphs", blocks[h].Start, blocks[h].Text);
            var headline = blocks.GetRange(h, end - h);
            blocks.RemoveRange(h, end - h);
            blocks.InsertRange(opening, headline);
            h = end - 1;
        }
    }

    /// <summary>
    /// A headline, then one paragraph with no byline, then the paragraph that opens the headline's report with its
    /// byline (本报讯（记者 X）…), after the text of another item: the paragraph between was printed in the other
    /// item's column, and goes back to the end of that item.
    /// </summary>
    private void ReturnParagraphsAboveHeadlines(PageWork work)
    {
        var blocks = work.Blocks;
        for (var h = 1; h < blocks.Count; h++)
        {
            if (blocks[h].Kind != LineKind.Heading || blocks[h - 1] is not { Kind: LineKind.Body, IsVerse: false })
                continue;
            var end = h;
            while (end < blocks.Count && blocks[end].Kind is LineKind.Heading or LineKind.Kicker)
                end++;
            if (end + 1 >= blocks.Count || blocks[end] is not { Kind: LineKind.Body, IsVerse: false } stray || OpensItem(stray)
                || blocks[end + 1].Kind != LineKind.Body || Credits.InlineByline(blocks[end + 1].Text) is not { } opening || !Credits.OpensReport(opening.Byline))
                continue;
            work.Record(Name, "paragraph-before-headline", "moved to the end of the item above the headline", stray.Start, stray.Text);
            blocks.RemoveAt(end);
            blocks.Insert(h, stray);
            h = end;
        }
    }

    /// <summary>
    /// A report's opening paragraph (本报讯…) that stops at a comma or enumeration mark, right above a headline:
    /// the headline was printed inside the report's first sentence. When the text under the headline (past a photo's
    /// caption and credit) opens with no byline, the headline moves above the report and the sentence is joined.
    /// </summary>
    private void JoinSentencesAcrossLateHeadlines(PageWork work)
    {
        var blocks = work.Blocks;
        for (var h = 1; h < blocks.Count; h++)
        {
            if (blocks[h].Kind != LineKind.Heading || !BreaksOff(blocks[h - 1]) || blocks[h - 1].Text[^1] is not ('，' or '、' or ','))
                continue;
            var end = h;
            while (end < blocks.Count && blocks[end].Kind is LineKind.Heading or LineKind.Kicker)
                end++;
            var k = PastPhoto(blocks, end);
            // The rest of the sentence may be short enough to read as a one-sentence caption (开市首日吸引市民3万余人次。).
            if (k >= blocks.Count || blocks[k] is not ({ Kind: LineKind.Body, IsVerse: false } or { Kind: LineKind.Caption, Rule: "one-sentence-caption" }) || OpensItem(blocks[k]))
                continue;
            var rest = blocks[k];
            var opening = h - 1;
            while (opening >= 0 && h - opening <= MaxParagraphsBeforeHeadline && blocks[opening] is { Kind: LineKind.Body, IsVerse: false } && !OpensItem(blocks[opening]))
                opening--;
            if (opening < 0 || h - opening > MaxParagraphsBeforeHeadline || Credits.InlineByline(blocks[opening].Text) is null || !StandsWithoutHeadline(blocks, opening))
                continue;
            work.Record(Name, "sentence-continues-past-headline", "headline moved above its report, sentence joined", blocks[h].Start, Tail(blocks[h - 1].Text) + "|" + rest.Text);
            work.Record(Name, "late-headline", "moved above its report's opening paragraphs", blocks[h].Start, blocks[h].Text);
            var joined = blocks[h - 1] with { Text = blocks[h - 1].Text + rest.Text, End = Math.Max(blocks[h - 1].End, rest.End) };
            var headline = blocks.GetRange(h, end - h);
            var photo = blocks.GetRange(end, k - end);
            var before = blocks.GetRange(opening, h - 1 - opening);
            blocks.RemoveRange(opening, k + 1 - opening);
            blocks.InsertRange(opening, [.. headline, .. before, joined, .. photo]);
            work.ReadingOrderJoins++;
            h = k;
        }
    }

    /// <summary>The index after a photo's caption and credit starting at <paramref name="k"/> (k itself when there is none).</summary>
    private static int PastPhoto(List<Block> blocks, int k)
    {
        while (k < blocks.Count)
        {
            var block = blocks[k];
            if (block.Kind == LineKind.PhotoCredit || (block.Kind is LineKind.Body or LineKind.Caption && (block.CreditIsPhoto || LineShapes.IsCaptionWithCredit(block.Text))))
                k++;
            else if (block.Kind is LineKind.Body or LineKind.Caption && k + 1 < blocks.Count && blocks[k + 1].Kind == LineKind.PhotoCredit)
                k += 2;
            else
                break;
        }

        return k;
    }

    /// <summary>
    /// A headline, one paragraph, a byline on a line of its own and the text it signs: when the paragraph shares the
    /// words of the item above the headline and not of the text under the byline, it was printed in that item's
    /// column, and goes back to its end.
    /// </summary>
    private void ReturnParagraphsAboveBylines(PageWork work)
    {
        var blocks = work.Blocks;
        for (var h = 1; h < blocks.Count; h++)
        {
            if (blocks[h].Kind != LineKind.Heading || blocks[h - 1] is not { Kind: LineKind.Body, IsVerse: false })
                continue;
            var end = h;
            while (end < blocks.Count && blocks[end].Kind is LineKind.Heading or LineKind.Kicker)
                end++;
            if (end + 2 >= blocks.Count || blocks[end] is not { Kind: LineKind.Body, IsVerse: false } stray || OpensItem(stray)
                || blocks[end + 1].Kind != LineKind.Byline || blocks[end + 2] is not { Kind: LineKind.Body, IsVerse: false } signed || OpensItem(signed))
                continue;
            var above = string.Concat(TextAbove(blocks, h));
            var below = string.Concat(blocks.Skip(end + 2).TakeWhile(b => b.Kind is LineKind.Body or LineKind.Caption && !OpensItem(b)).Select(b => b.Text));
            if (!TextCohesion.BelongsElsewhere(stray.Text, below, above))
                continue;
            work.Record(Name, "paragraph-before-byline", "moved to the end of the item above the headline", stray.Start, stray.Text);
            blocks.RemoveAt(end);
            blocks.Insert(h, stray);
            h = end;
        }
    }

    /// <summary>The paragraphs of the item that ends right above block <paramref name="h"/>, with its headline.</summary>
    private static IEnumerable<string> TextAbove(List<Block> blocks, int h)
    {
        for (var k = h - 1; k >= 0; k--)
        {
            if (blocks[k].Kind is LineKind.Body or LineKind.Heading or LineKind.Kicker)
                yield return blocks[k].Text;
            if (IsTitling(blocks[k]) || OpensItem(blocks[k]))
                yield break;
        }
    }

    /// <summary>
    /// Nothing titles the paragraph: it opens the page, or follows the end of an item that had a headline. After
    /// another report without a headline, or under a column's label, it is one of a column of briefs.
    /// </summary>
    private static bool StandsWithoutHeadline(List<Block> blocks, int i)
    {
        var k = i - 1;
        while (k >= 0 && blocks[k].Kind == LineKind.Furniture)
            k--;
        if (k < 0)
            return true;
        if (IsTitling(blocks[k]))
            return false;
        // The opening of the item before.
        while (k >= 0 && !IsTitling(blocks[k]) && !OpensItem(blocks[k]))
            k--;
        if (k < 0)
            return true;
        if (blocks[k].Kind == LineKind.ColumnLabel)
            return false;
        if (!OpensItem(blocks[k]))
            return true;
        var above = k - 1;
        while (above >= 0 && blocks[above].Kind == LineKind.Furniture)
            above--;
        return above >= 0 && IsTitling(blocks[above]) && blocks[above].Kind != LineKind.ColumnLabel;
    }

    private static bool IsTitling(Block block) => block.Kind is LineKind.Heading or LineKind.Kicker or LineKind.Byline or LineKind.ColumnLabel;

    /// <summary>An item printed between two profiles of a feature (each opened by its label line) moves to after the feature.</summary>
    private void KeepProfilesTogether(PageWork work)
    {
        var blocks = work.Blocks;
        var previousLabel = -1;
        for (var l = 0; l < blocks.Count; l++)
        {
            if (!IsProfileLabel(blocks[l]))
                continue;
            var intruder = previousLabel < 0 ? -1 : FirstOpener(blocks, previousLabel + 1, l);
            if (intruder >= 0)
            {
                var featureEnd = FirstOpener(blocks, l + 1, blocks.Count);
                if (featureEnd < 0)
                    featureEnd = blocks.Count;
                work.Record(Name, "profile-parts-together", "item between two profiles moved after the feature", blocks[intruder].Start, blocks[intruder].Text);
                var moved = blocks.GetRange(intruder, l - intruder);
                blocks.InsertRange(featureEnd, moved);
                blocks.RemoveRange(intruder, l - intruder);
                l = intruder;
            }

            previousLabel = l;
        }
    }

    private static bool IsProfileLabel(Block block) => block is { Kind: LineKind.Heading, Rule: LineRules.ProfileLabelRule };

    /// <summary>The first block in [from, to) that starts another item: a headline that is no profile label, a byline, a label, a paragraph with its byline.</summary>
    private static int FirstOpener(List<Block> blocks, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var block = blocks[k];
            if ((block.Kind is LineKind.Heading && !IsProfileLabel(block)) || block.Kind is LineKind.Kicker or LineKind.Byline or LineKind.ColumnLabel || OpensItem(block))
                return k;
        }

        return -1;
    }

    private static string Tail(string text) => text[Math.Max(0, text.Length - 8)..];
}
