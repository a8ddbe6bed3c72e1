namespace ArchiveSearch.Archive.Segmentation;

/// <summary>
/// Credits and captions: separates the byline that opens a paragraph (本报讯 记者X报道 …) and the credit that
/// closes one (…减排。本报记者 杨丽娟, …知识。周丹丹 摄) from its text.
/// </summary>
public sealed class CreditSeparationPass : ISegmentationPass
{
    public string Name => "credits";

    public void Run(PageWork work)
    {
        var blocks = work.Blocks;
        for (var i = 0; i < blocks.Count; i++)
            blocks[i] = Separate(work, blocks[i]);
    }

    private Block Separate(PageWork work, Block block)
    {
        if (block.Kind is not (LineKind.Body or LineKind.Caption) || block.IsVerse)
            return block;
        var text = block.Text;
        string? byline = null;
        if (block.Kind == LineKind.Body && Credits.InlineByline(text) is { } opening)
        {
            byline = opening.Byline;
            text = text[opening.BodyStart..];
            work.Record(Name, "inline-byline", "byline cut from the text", block.Start, byline);
        }

        if (Credits.TrailingCredit(text) is { } closing)
        {
            work.Record(Name, closing.IsPhoto ? "trailing-photo-credit" : "trailing-credit", "credit cut from the text", block.Start, closing.Credit);
            return block with { Text = text[..closing.CreditStart].TrimEnd(), Byline = byline, Credit = closing.Credit, CreditIsPhoto = closing.IsPhoto };
        }

        return block with { Text = text, Byline = byline };
    }
}
