using System.Text;

namespace ArchiveSearch.Archive.Segmentation;

/// <summary>
/// Wrap repair: joins each paragraph that does not end its sentence with the paragraph right after it that
/// continues it, stepping over a photo caption and its credit (on lines of their own or on one line) that the
/// layout put between the two halves.
/// </summary>
public sealed class WrapRepairPass : ISegmentationPass
{
    /// <summary>How much of the broken paragraph's end a decision quotes.</summary>
    private const int QuotedTail = 8;

    public string Name => "wraps";

    public void Run(PageWork work)
    {
        var blocks = work.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            // A paragraph that ends with a credit (…。本报记者 韦丹 摄) ends there, though its last character is no punctuation.
            if (blocks[i].Kind != LineKind.Body || blocks[i].IsVerse || LineShapes.IsSourceNote(blocks[i].Text) || Credits.TrailingCredit(blocks[i].Text) is not null)
                continue;
            // A paragraph may be joined with many lines in turn: its text grows in a builder, and the captions
            // already stepped over are not scanned again, so a long run of broken lines costs time in proportion.
            var text = new StringBuilder(blocks[i].Text);
            var end = blocks[i].End;
            var from = i + 1;
            while (!EndsSentence(text) && Continuation(blocks, from) is { } next)
            {
                var rule = next == i + 1 ? "sentence-continues-next-line" : "sentence-continues-past-caption";
                var tail = text.ToString(Math.Max(0, text.Length - QuotedTail), Math.Min(QuotedTail, text.Length));
                work.Record(Name, rule, "joined", blocks[next].Start, tail + "|" + blocks[next].Text);
                text.Append(blocks[next].Text);
                end = blocks[next].End;
                blocks.RemoveAt(next);
                from = next;
                work.WrapsRepaired++;
            }

            if (text.Length != blocks[i].Text.Length)
                blocks[i] = blocks[i] with { Text = text.ToString(), End = end };
        }
    }

    private static bool EndsSentence(StringBuilder text) => text.Length > 0 && LineShapes.EndsSentence(text[^1].ToString());

    /// <summary>
    /// The paragraph that continues the one before <paramref name="from"/>: the next body paragraph, looking past
    /// captions and photo credits that the layout put between the two halves of a sentence.
    /// </summary>
    private static int? Continuation(List<Block> blocks, int from)
    {
        var j = from;
        while (j < blocks.Count)
        {
            var block = blocks[j];
            var creditFollows = j + 1 < blocks.Count && blocks[j + 1].Kind == LineKind.PhotoCredit;
            if (block.Kind == LineKind.PhotoCredit || (block.Kind == LineKind.Caption && LineShapes.IsPictureLabel(block.Text))
                || (block.Kind is LineKind.Body or LineKind.Caption && LineShapes.IsCaptionWithCredit(block.Text)))
                j++; // a photo credit, a labelled caption, or a caption with its credit on one line
            else if (block.Kind is LineKind.Body or LineKind.Caption && creditFollows)
                j += 2; // a caption with its credit
            else
                break;
        }

        // A one-sentence line right after a broken sentence is its end, not a caption; a stanza is neither.
        return j < blocks.Count && blocks[j].Kind is LineKind.Body or LineKind.Caption && !blocks[j].IsVerse ? j : null;
    }
}
