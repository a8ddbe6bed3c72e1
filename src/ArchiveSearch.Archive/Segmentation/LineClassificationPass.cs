namespace ArchiveSearch.Archive.Segmentation;

/// <summary>
/// Line classification: each line's kind, decided once by the registry's rules — first by its shape, then by
/// the lines around it — and recorded on the block with the name of the rule that decided it.
/// </summary>
public sealed class LineClassificationPass : ISegmentationPass
{
    public string Name => "classification";

    public void Run(PageWork work)
    {
        var blocks = work.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Rule is not null)
                continue; // decided as the lines were read (a stanza)
            var rule = LineRules.Classify(blocks[i].Text);
            blocks[i] = blocks[i] with { Kind = rule.Kind, Rule = rule.Name };
        }

        foreach (var rule in LineRules.Context)
        {
            for (var i = 0; i < blocks.Count; i++)
            {
                if (blocks[i].Kind == rule.From && rule.Applies(blocks, i))
                    blocks[i] = blocks[i] with { Kind = rule.Kind, Rule = rule.Name };
            }
        }

        foreach (var block in blocks)
            work.Record(Name, block.Rule!, block.Kind.ToString(), block.Start, block.Text);
    }
}
