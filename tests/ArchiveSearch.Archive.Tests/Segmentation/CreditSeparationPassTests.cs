using ArchiveSearch.Archive.Segmentation;

namespace ArchiveSearch.Archive.Tests.Segmentation;

/// <summary>The credits pass: bylines and credits printed with the text are cut from it and kept on the block.</summary>
public sealed class CreditSeparationPassTests
{
    [Fact]
    public void A_byline_opening_a_paragraph_is_cut_from_its_text()
    {
        var work = PassTesting.RunThrough("credits", "本报讯（记者 吴迪）市发改委近日发布的监测数据显示，主要副食品价格总体平稳。");

        var block = Assert.Single(work.Blocks);
        Assert.Equal(("本报讯（记者 吴迪）", "市发改委近日发布的监测数据显示，主要副食品价格总体平稳。"), (block.Byline, block.Text));
        Assert.Contains(work.Decisions, d => d.Rule == "inline-byline");
    }

    [Fact]
    public void A_photo_credit_after_a_caption_sentence_is_cut_and_marked_as_a_photos()
    {
        var work = PassTesting.RunThrough("credits", "新麦颗粒饱满，收购企业现场检验后当即结算。 本报记者 邵华 摄");

        var block = Assert.Single(work.Blocks);
        Assert.Equal(("新麦颗粒饱满，收购企业现场检验后当即结算。", "本报记者 邵华 摄", true), (block.Text, block.Credit, block.CreditIsPhoto));
        Assert.Contains(work.Decisions, d => d.Rule == "trailing-photo-credit");
    }
}
