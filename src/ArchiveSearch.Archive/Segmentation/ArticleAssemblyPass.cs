namespace ArchiveSearch.Archive.Segmentation;

/// <summary>Article assembly: the page's articles, briefs and photos from its classified, repaired blocks.</summary>
public sealed class ArticleAssemblyPass : ISegmentationPass
{
    public string Name => "assembly";

    public void Run(PageWork work) =>
        work.Articles = new ArticleAssembly(work.Blocks, (rule, outcome, block) => work.Record(Name, rule, outcome, block.Start, block.Text)).Run();
}
