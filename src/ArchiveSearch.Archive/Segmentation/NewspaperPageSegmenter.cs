using ArchiveSearch.Archive.Articles;

namespace ArchiveSearch.Archive.Segmentation;

/// <summary>
/// Cuts a newspaper page into articles, briefs and photos with the standard segmentation pipeline: each line's
/// kind is decided by a named rule, broken sentences are joined, credits separated, and the articles assembled.
/// </summary>
public sealed class NewspaperPageSegmenter : IPageSegmenter
{
    public IReadOnlyList<Article> Split(string pageText) => SegmentationPipeline.Standard.Run(pageText).Articles;

    /// <summary>The page cut as <see cref="Split"/> cuts it, with every decision and the rule that made it.</summary>
    public PageWork Explain(string pageText) => SegmentationPipeline.Standard.Run(pageText);
}
