namespace ArchiveSearch.Archive.Segmentation;

/// <summary>The passes that cut a page into articles, in the order they run.</summary>
public sealed class SegmentationPipeline(IReadOnlyList<ISegmentationPass> passes)
{
    /// <summary>Lines → line classification → wrap repair → reading-order repair → credits and captions → article assembly → cut assessment.</summary>
    public static SegmentationPipeline Standard { get; } = new(
    [
        new LineReadingPass(),
        new LineClassificationPass(),
        new WrapRepairPass(),
        new ReadingOrderRepairPass(),
        new CreditSeparationPass(),
        new ArticleAssemblyPass(),
        new CutAssessmentPass(),
    ]);

    public IReadOnlyList<ISegmentationPass> Passes { get; } = passes;

    public PageWork Run(string page)
    {
        var work = new PageWork(page);
        foreach (var pass in Passes)
            pass.Run(work);
        return work;
    }
}
