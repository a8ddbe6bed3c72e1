namespace ArchiveSearch.Archive.Segmentation;

/// <summary>
/// Wrap repair: joins each paragraph that does not end its sentence with the paragraph right after it that
/// continues it, stepping over a photo caption and its credit that the layout put between the two halves.
/// </summary>
public sealed class WrapRepairPass : ISegmentationPass
{
    public string Name => "wraps";

    public void Run(PageWork work)
    {
        var blocks = work.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind != LineKind.Body || blocks[i].IsVerse || LineShapes.IsSourceNote(blocks[i].Text))
                continue;
            while (!LineShapes.EndsSentence(blocks[i].Text) && Continuation(blocks, i) is { } next)
            {
                var rule = next == i + 1 ? "sentence-continues-next-line" : "sentence-continues-past-caption";
                work.Record(Name, rule, "joined", blocks[next].Start, blocks[i].Text[Math.Max(0, blocks[i].Text.Length - 8)..] + "|" + blocks[next].Text);
                blocks[i] = blocks[i] with { Text = blocks[i].Text + blocks[next].Text, End = blocks[next].End };
                blocks.RemoveAt(next);
                work.WrapsRepaired++;
            }
        }
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
            if (block.Kind == LineKind.PhotoCredit || (block.Kind == LineKind.Caption && LineShapes.IsPictureLabel(block.Text)))
                j++;
            else if (block.Kind is LineKind.Body or LineKind.Caption && creditFollows)
                j += 2; // a caption with its credit
            else
                break;
        }

        // A one-sentence line right after a broken sentence is its end, not a caption; a stanza is neither.
        return j < blocks.Count && blocks[j].Kind is LineKind.Body or LineKind.Caption && !blocks[j].IsVerse ? j : null;
    }
}
