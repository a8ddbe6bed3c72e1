using ArchiveSearch.Archive.Segmentation;

namespace ArchiveSearch.Archive.Tests.Segmentation;

/// <summary>Whether text broken apart by the layout reads on as words, judged with the SmartCN dictionaries.</summary>
public sealed class WordJoinsTests
{
    [Theory]
    [InlineData("各项工作稳步", "推进，各热源厂燃煤储备已达到计划量")]
    [InlineData("鼓励老人积极", "参与社区的数字生活。")]
    [InlineData("生态环境质量持续", "改善，群众的获得感不断增强。")]
    public void Words_broken_by_the_layout_read_on_across_the_join(string left, string right)
    {
        var judged = WordJoins.Shared.Judge(left, right);
        Console.WriteLine($"{left}|{right}: {judged}");
        Assert.True(judged.IsPlausible, judged.ToString());
    }

    [Theory]
    [InlineData("各项工作稳步", "据了解，今年以来城东片区已建成口袋公园7处。")]
    [InlineData("生态环境质量持续", "旅游节期间，全市23家A级景区对本地居民实行门票优惠。")]
    public void Unrelated_paragraphs_do_not_read_on(string left, string right)
    {
        var judged = WordJoins.Shared.Judge(left, right);
        Console.WriteLine($"{left}|{right}: {judged}");
        Assert.False(judged.IsPlausible, judged.ToString());
    }
}
