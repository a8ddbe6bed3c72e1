using ArchiveSearch.Archive.Segmentation;

namespace ArchiveSearch.Archive.Tests.Segmentation;

/// <summary>The classification pass: each block's kind decided once, by a named rule that the block records.</summary>
public sealed class LineClassificationPassTests
{
    private const string Text = "今年以来，河口镇围绕特色农业做文章，蔬菜大棚面积扩大到三千亩，带动两千余户农民增收。";

    [Fact]
    public void Every_block_records_the_rule_that_decided_its_kind_and_the_decision_is_logged()
    {
        var work = PassTesting.RunThrough("classification", "河口镇蔬菜大棚扩至三千亩", "本报记者 章明", Text);

        Assert.Equal([("heading-shape", LineKind.Heading), ("standalone-byline", LineKind.Byline), ("prose", LineKind.Body)], work.Blocks.Select(b => (b.Rule!, b.Kind)));
        Assert.Equal(3, work.Decisions.Count(d => d.Pass == "classification"));
    }

    [Fact]
    public void A_short_line_that_continues_a_broken_sentence_is_decided_as_text_by_its_context_rule()
    {
        var work = PassTesting.RunThrough("classification", Text, "公司坚持推进管理节能、技术节能和结构", "减排。今年以来，公司累计节能两万吨标煤。");

        Assert.Equal(("heading-continues-sentence", LineKind.Body), (work.Blocks[1].Rule!, work.Blocks[1].Kind));
    }

    [Fact]
    public void A_short_line_with_a_comma_right_above_a_paragraph_opened_by_本报讯_is_a_headline()
    {
        var work = PassTesting.RunThrough("classification", Text, "冬至，社区居民包饺子", "本报讯（记者 章明）12月21日，城南社区的居民聚在一起包饺子，给独居老人送去热乎的饺子。");

        Assert.Equal(("line-above-report-opening", LineKind.Heading), (work.Blocks[1].Rule!, work.Blocks[1].Kind));
    }

    [Fact]
    public void A_line_with_a_comma_above_plain_text_stays_text()
    {
        var work = PassTesting.RunThrough("classification", Text, "冬至，社区居民包饺子", "12月21日，城南社区的居民聚在一起包饺子，给独居老人送去热乎的饺子。");

        Assert.Equal(LineKind.Body, work.Blocks[1].Kind);
    }

    [Fact]
    public void Two_words_that_are_not_names_above_a_headline_are_its_overline()
    {
        var work = PassTesting.RunThrough("classification", "新学期 新校园", "河口镇中心小学迎来新生", Text);

        Assert.Equal(("overline", LineKind.Heading), (work.Blocks[0].Rule!, work.Blocks[0].Kind));
    }

    [Fact]
    public void Names_between_paragraphs_label_the_speaker_of_the_next()
    {
        var work = PassTesting.RunThrough("classification", "菜价稳了吗", Text, "个体户 赵刚", "这个月菜价比上个月便宜了一些，买菜的人也多了。");

        Assert.Equal(("speaker-label", LineKind.SpeakerLabel), (work.Blocks[2].Rule!, work.Blocks[2].Kind));
    }

    [Fact]
    public void Names_right_under_a_headline_stay_a_credit()
    {
        var work = PassTesting.RunThrough("classification", "菜价稳了吗", "袁春辉 李国恩", Text);

        Assert.Equal(("end-credit", LineKind.EndCredit), (work.Blocks[1].Rule!, work.Blocks[1].Kind));
    }
}
