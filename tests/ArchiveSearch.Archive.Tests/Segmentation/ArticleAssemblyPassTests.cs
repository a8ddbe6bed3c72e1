using ArchiveSearch.Archive.Segmentation;

namespace ArchiveSearch.Archive.Tests.Segmentation;

/// <summary>The assembly pass: the items of the page, each started for a recorded reason.</summary>
public sealed class ArticleAssemblyPassTests
{
    private const string Text = "今年以来，河口镇围绕特色农业做文章，蔬菜大棚面积扩大到三千亩，带动两千余户农民增收。";

    [Fact]
    public void Each_item_started_records_the_rule_that_started_it()
    {
        var work = PassTesting.RunThrough("assembly", "河口镇蔬菜大棚扩至三千亩", "本报记者 章明", Text, "袁春辉 李国恩", "山前村修通致富路", "村里新修的水泥路今天通车，全长八公里，沿线三个村的农产品可以直接运到县城。");

        Assert.Equal(["河口镇蔬菜大棚扩至三千亩", "山前村修通致富路"], work.Articles.Select(a => a.Title));
        Assert.Equal(["first-headline", "after-closing-credit"],
            work.Decisions.Where(d => d.Pass == "assembly" && d.Outcome == "starts an item").Select(d => d.Rule));
    }
}
