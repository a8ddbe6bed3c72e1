using ArchiveSearch.Archive.Articles;

namespace ArchiveSearch.Archive.Segmentation;

/// <summary>A page on its way through the segmentation pipeline: its blocks, its articles, and every decision made.</summary>
public sealed class PageWork(string page)
{
    private readonly List<SegmentationDecision> decisions = [];

    public string Page { get; } = page;

    /// <summary>The page's paragraphs as the passes so far have left them.</summary>
    public List<Block> Blocks { get; set; } = [];

    /// <summary>The page's articles, once assembled.</summary>
    public IReadOnlyList<Article> Articles { get; set; } = [];

    /// <summary>Sentences broken by a line end that were joined with the line that continues them.</summary>
    public int WrapsRepaired { get; set; }

    /// <summary>Paragraphs broken off by other blocks that were joined with the later paragraph that continues them.</summary>
    public int ReadingOrderJoins { get; set; }

    public IReadOnlyList<SegmentationDecision> Decisions => decisions;

    public void Record(string pass, string rule, string outcome, int start, string text) =>
        decisions.Add(new SegmentationDecision(pass, rule, outcome, start, text));
}
