using ArchiveSearch.Archive.Segmentation;

namespace ArchiveSearch.Archive.Tests.Segmentation;

/// <summary>The wrap repair pass: a broken sentence joined with the line that continues it, counted and recorded.</summary>
public sealed class WrapRepairPassTests
{
    [Fact]
    public void A_sentence_broken_at_a_line_end_is_joined_with_the_next_line()
    {
        var work = PassTesting.RunThrough("wraps", "全市共改造老旧供热管网三十八公里，涉及", "小区二百一十四个。");

        Assert.Equal("全市共改造老旧供热管网三十八公里，涉及小区二百一十四个。", Assert.Single(work.Blocks).Text);
        Assert.Equal(1, work.WrapsRepaired);
        Assert.Contains(work.Decisions, d => d.Rule == "sentence-continues-next-line");
    }

    [Fact]
    public void A_caption_and_its_credit_between_the_halves_are_stepped_over_and_kept()
    {
        var work = PassTesting.RunThrough("wraps", "全市共改造老旧供热管网三十八公里，涉及", "工人在换热站检修设备。", "本报记者 石磊 摄", "小区二百一十四个。");

        Assert.Equal(["全市共改造老旧供热管网三十八公里，涉及小区二百一十四个。", "工人在换热站检修设备。", "本报记者 石磊 摄"], work.Blocks.Select(b => b.Text));
        Assert.Contains(work.Decisions, d => d.Rule == "sentence-continues-past-caption");
    }

    [Fact]
    public void A_sentence_broken_across_several_captions_is_joined_whole_and_the_captions_keep_their_order()
    {
        var work = PassTesting.RunThrough(
            "wraps",
            "全市共改造老旧供热管网三十八公里，涉及",
            "工人在换热站检修设备。", "本报记者 石磊 摄",
            "小区二百一十四个，惠及",
            "居民在新修的楼道里取暖。", "本报记者 王芳 摄",
            "居民三万余户。");

        Assert.Equal(
            ["全市共改造老旧供热管网三十八公里，涉及小区二百一十四个，惠及居民三万余户。", "工人在换热站检修设备。", "本报记者 石磊 摄", "居民在新修的楼道里取暖。", "本报记者 王芳 摄"],
            work.Blocks.Select(b => b.Text));
        Assert.Equal(2, work.WrapsRepaired);
    }

    [Fact]
    public void A_broken_sentence_is_never_joined_into_a_headline()
    {
        var work = PassTesting.RunThrough("wraps", "全市共改造老旧供热管网三十八公里，涉及", "城东片区新增两处口袋公园", "据了解城东片区今年已建成口袋公园七处，总面积约三千二百平方米。");

        Assert.Equal(3, work.Blocks.Count);
        Assert.Equal(0, work.WrapsRepaired);
    }
}
