using ArchiveSearch.Archive.Segmentation;

namespace ArchiveSearch.Archive.Tests.Segmentation;

/// <summary>The standard pipeline: its passes in order, and an explanation that covers every block.</summary>
public sealed class SegmentationPipelineTests
{
    [Fact]
    public void The_standard_pipeline_runs_its_passes_in_order() =>
        Assert.Equal(["lines", "classification", "wraps", "reading-order", "credits", "assembly", "cut"], SegmentationPipeline.Standard.Passes.Select(p => p.Name));

    [Fact]
    public void Explaining_a_page_cuts_it_as_splitting_does_and_names_a_rule_for_every_line()
    {
        var page = string.Join("\n\n", "河口镇蔬菜大棚扩至三千亩", "本报记者 章明", "今年以来，河口镇围绕特色农业做文章，蔬菜大棚面积扩大到三千亩。", "袁春辉 李国恩");
        var segmenter = new NewspaperPageSegmenter();

        var work = segmenter.Explain(page);

        Assert.Equal(segmenter.Split(page).Select(a => a.Title), work.Articles.Select(a => a.Title));
        Assert.Equal(4, work.Decisions.Count(d => d.Pass == "classification"));
        Assert.All(work.Decisions.Where(d => d.Pass == "classification"), d => Assert.Contains(d.Rule, LineRules.Names));
    }
}
