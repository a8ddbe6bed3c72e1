using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Segmentation;

using static ArchiveSearch.Archive.Tests.Segmentation.CutVerdictChecks;

namespace ArchiveSearch.Archive.Tests.Segmentation;

/// <summary>
/// The cut verdict: each cut rule names its sign on a page that has it, with its code and words, and a clean
/// page's items are all sure.
/// </summary>
public sealed class CutRulesTests
{
    private static readonly string[] CleanPage =
    [
        "江城图书馆夜间开放",
        "本报讯（记者 刘洋）3月14日起，江城图书馆每周五、周六开放至晚上9点，自助借还、电子阅览等服务照常提供。",
        "据介绍，夜间开放首周，图书馆共接待读者2600余人次，其中一半以上是上班族。",
        "白杨沟村苹果丰收",
        "本报记者 韩晓雪",
        "今年白杨沟村三百亩苹果喜获丰收，亩产达到四千斤，村民人均增收三千余元。",
        "村里还建起了冷库，苹果可以错峰销售，价格比往年高出两成。",
        "图为村民在果园里采摘苹果。",
        "本报记者 韩晓雪 摄",
    ];

    [Fact]
    public void Every_item_of_a_clean_page_is_sure()
    {
        var items = Cut(CleanPage);

        Assert.Equal(3, items.Count);
        Assert.All(items, a => Assert.Equal(CutVerdict.Sure, a.Cut));
    }

    [Fact]
    public void Every_rule_has_a_code_of_its_own_and_words()
    {
        Assert.Equal(CutRules.All.Count, CutRules.All.Select(r => r.Code).Distinct().Count());
        Assert.All(CutRules.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Words)));
    }

    [Fact]
    public void A_paragraph_joined_across_another_item_with_text_that_shares_no_words_with_it_is_doubted_and_the_item_between_is_not()
    {
        var items = Cut(
            "全市冬季供暖准备工作全面就绪",
            "本报讯（记者 梁晓雯）记者从市供热办获悉，全市今冬供暖准备工作已全面就绪。",
            "目前，换热站设备检修、管网注水试压等各项工作稳步",
            "城东片区新增两处口袋公园",
            "本报讯（通讯员 胡悦）近日，城东片区两处口袋公园完工开放，为周边居民提供了休闲健身的好去处。",
            "推进，各热源厂燃煤储备已达到计划量的85%以上。");

        AssertDoubted(Item(items, "全市冬季供暖"), "joined-across-blocks");
        Assert.False(Item(items, "城东片区").Cut.IsUnsure);
    }

    [Fact]
    public void A_paragraph_joined_across_another_item_with_text_that_shares_its_words_is_sure()
    {
        var items = Cut(
            "全市冬季供暖准备工作全面就绪",
            "本报讯（记者 梁晓雯）记者从市供热办获悉，全市今冬供暖准备工作已全面就绪，换热站设备检修已完成。",
            "目前，换热站管网注水试压等各项工作稳步",
            "城东片区新增两处口袋公园",
            "本报讯（通讯员 胡悦）近日，城东片区两处口袋公园完工开放，为周边居民提供了休闲健身的好去处。",
            "推进，各换热站和供暖管网将于11月1日前全部具备供暖条件。");

        Assert.Contains("稳步推进", Item(items, "全市冬季供暖").Body);
        Assert.Equal(CutVerdict.Sure, Item(items, "全市冬季供暖").Cut);
    }

    [Fact]
    public void A_caption_stepped_over_inside_a_sentence_whose_halves_do_not_read_on_is_doubted()
    {
        var items = Cut(
            "白杨沟村苹果丰收",
            "本报讯（记者 韩晓雪）今年白杨沟村三百亩苹果喜获丰收，村里新建的冷库让苹果可以",
            "图为村民在果园里采摘苹果。",
            "本报记者 韩晓雪 摄",
            "错峰销售，价格比往年高出两成。");

        AssertDoubted(Item(items, "白杨沟村"), "caption-inside-body");
    }

    [Fact]
    public void A_caption_stepped_over_inside_a_sentence_broken_at_a_comma_is_sure()
    {
        var items = Cut(
            "白杨沟村苹果丰收",
            "本报讯（记者 韩晓雪）今年白杨沟村三百亩苹果喜获丰收，村里新建的冷库今年投入使用，",
            "图为村民在果园里采摘苹果。",
            "本报记者 韩晓雪 摄",
            "错峰销售让价格比往年高出两成。");

        Assert.Contains("投入使用，错峰销售", Item(items, "白杨沟村").Body);
        Assert.Equal(CutVerdict.Sure, Item(items, "白杨沟村").Cut);
    }

    [Fact]
    public void A_paragraph_opening_with_the_end_of_a_sentence_broken_elsewhere_is_doubted()
    {
        var items = Cut(
            "果园里建起“直播间”",
            "本报讯（通讯员 冯宁）7月6日，杜康镇苹果种植户在果园里搭起直播间，当天成交订单1800余单。",
            "稳定。县粮食和物资储备局组织技术人员深入收购现场，指导企业做好质量检验。");

        AssertDoubted(Item(items, "果园里"), "opens-mid-sentence");
    }

    [Fact]
    public void A_headline_printed_after_a_report_opening_that_shares_none_of_its_words_is_doubted()
    {
        var items = Cut(
            "本报讯（记者 蒋帆）10月16日，市第一中学新建的体育馆落成，可容纳1200名观众。",
            "河山区“一网通办”事项增至1260项",
            "据介绍，河山区今年梳理公布“一件事一次办”主题套餐42个，全程网办率提高到91%。");

        AssertDoubted(Item(items, "河山区“一网通办”"), "late-headline");
    }

    [Fact]
    public void A_headline_printed_after_its_reports_opening_that_shares_its_words_is_sure()
    {
        var items = Cut(
            "本报讯（记者 蒋帆）10月16日，河山区政务服务中心“一网通办”专区正式启用，全程网办率提高到91%。",
            "“以前办事要跑三个窗口，现在两天就拿到了证。”市民邓丽华说。",
            "河山区“一网通办”事项增至1260项",
            "据介绍，河山区今年梳理公布“一件事一次办”主题套餐42个。");

        Assert.Equal(CutVerdict.Sure, Item(items, "河山区“一网通办”").Cut);
    }

    [Fact]
    public void Text_ending_without_closing_punctuation_is_doubted()
    {
        var items = Cut(
            "全县夏粮收购进度过半",
            "本报讯（记者 邵华）截至7月7日，全县累计收购小麦5.6万吨，收购价格每斤1.18元至1.22元，总体保持");

        AssertDoubted(Item(items, "全县夏粮"), "unclosed-ending");
    }

    [Fact]
    public void A_headline_without_byline_beside_a_byline_without_headline_doubts_both()
    {
        var items = Cut(
            "春季义诊走进乡村",
            "本报讯（通讯员 钱程）3月24日，市第二人民医院的18名医生来到高桥村开展义诊，发放健康手册500余份。",
            "老城墙修缮工程开工",
            "义诊现场，骨科主任医师邵立群为一位腰痛多年的老人仔细检查。",
            "医生们还为村里行动不便的老人上门测量了血压，并留下了联系电话。",
            "本报讯（记者 韦丹）3月22日，老城墙西段修缮工程开工，工程全长420米，预计今年10月完工。");

        AssertDoubted(Item(items, "老城墙"), "byline-without-headline");
        AssertDoubted(Item(items, "3月22日"), "byline-without-headline");
        Assert.False(Item(items, "春季义诊").Cut.IsUnsure);
    }

    [Fact]
    public void Text_left_between_items_with_neither_headline_nor_byline_is_doubted()
    {
        var items = Cut(
            "全区首家“共享书屋”开放",
            "本报讯 12月14日，全区首家“共享书屋”在文昌社区开放，藏书3000余册，居民可免费借阅。",
            "本报记者 郝静",
            "男子10公里组冠军由区消防救援大队队员樊浩获得，他的成绩是35分12秒。");

        AssertDoubted(Item(items, "男子10公里组冠军"), "text-without-headline");
    }

    [Fact]
    public void An_item_credited_twice_is_doubted()
    {
        var items = Cut(
            "白杨沟村苹果丰收",
            "本报记者 韩晓雪",
            "今年白杨沟村三百亩苹果喜获丰收，亩产达到四千斤，村民人均增收三千余元。",
            "本报记者 刘洋");

        AssertDoubted(Item(items, "白杨沟村"), "two-credits");
    }

    [Fact]
    public void A_paragraph_that_shares_the_words_of_the_item_before_and_none_of_its_own_doubts_both_items()
    {
        var items = Cut(
            "青梅镇枇杷喜获丰收",
            "本报讯（记者 尹航）5月20日，青梅镇3000亩枇杷进入采摘期，镇里在产区设立快递收寄点，枇杷采摘后当天就能发往外地。",
            "社区开设老年书法班",
            "本报讯（通讯员 白露）5月18日，城关社区老年书法班开课，40余名老人报名参加。",
            "“我家枇杷今年卖到每斤20元，快递收寄点就设在果园门口。”种植户卞明旺说。",
            "书法班每周上课两次，由退休教师义务授课。");

        AssertDoubted(Item(items, "社区开设老年书法班"), "paragraph-of-a-neighbour");
        AssertDoubted(Item(items, "青梅镇枇杷"), "paragraph-in-a-neighbour");
    }

    [Fact]
    public void Two_reports_on_different_topics_side_by_side_are_not_doubted_for_their_words()
    {
        var items = Cut(
            "青梅镇枇杷喜获丰收",
            "本报讯（记者 尹航）5月20日，青梅镇3000亩枇杷进入采摘期，镇里在产区设立快递收寄点。",
            "“我家枇杷今年卖到每斤20元，快递收寄点就设在果园门口。”种植户卞明旺说。",
            "社区开设老年书法班",
            "本报讯（通讯员 白露）5月18日，城关社区老年书法班开课，40余名老人报名参加。",
            "书法班每周上课两次，由退休教师义务授课，老人们练习书法的热情很高。");

        Assert.All(items, a => Assert.Equal(CutVerdict.Sure, a.Cut));
    }

    [Fact]
    public void An_item_followed_by_an_item_that_opens_with_the_bare_end_of_a_sentence_is_doubted()
    {
        var items = Cut(
            "社区食堂开进老小区",
            "本报讯（通讯员 柏青）6月1日，三堡街道首家社区食堂开门营业，为辖区老年人提供午餐和晚餐。",
            "应收尽收。");

        AssertDoubted(Item(items, "社区食堂"), "sentence-end-in-next-item");
    }

    [Fact]
    public void A_paragraph_inside_the_text_that_stops_without_closing_punctuation_is_doubted_and_a_sub_head_is_not()
    {
        var broken = Cut(
            "社区食堂开进老小区",
            "本报讯（通讯员 柏青）6月1日，三堡街道首家社区食堂开门营业，为辖区老年人提供午餐和晚餐。",
            "区气象局提醒，近期将有一次降雨过程，各镇要抓住晴好天气抢收抢晒，做到",
            "开业首日人气旺",
            "食堂开业当天接待就餐居民260余人次，街道计划年内再建成社区食堂4家。");
        var withSubHead = Cut(
            "果园里的新农人",
            "本报记者 贝宁",
            "走进南坡村的果园，一排排苹果树整齐挺拔，滴灌管线沿着树行铺开。",
            "种出好果子",
            "返乡青年童嘉禾带着村民改种矮砧密植苹果，亩产比过去提高了一倍。");

        AssertDoubted(Item(broken, "社区食堂"), "paragraph-breaks-off");
        Assert.DoesNotContain(Item(withSubHead, "果园里").Cut.Reasons, r => r.Rule == "paragraph-breaks-off");
    }

    [Fact]
    public void A_brief_too_short_for_its_kind_is_doubted()
    {
        var items = Cut("全县召开会议", "本报讯 全县今日召开会议，部署春耕。");

        AssertDoubted(Item(items, "全县召开会议"), "unusual-length");
    }

    [Fact]
    public void The_verdict_is_recorded_in_the_explain_trail_with_its_rule()
    {
        var work = SegmentationPipeline.Standard.Run(string.Join("\n\n", "全县召开会议", "本报讯 全县今日召开会议，部署春耕。"));

        var decision = Assert.Single(work.Decisions, d => d.Pass == "cut");
        Assert.Equal("unusual-length", decision.Rule);
        Assert.Equal("unsure", decision.Outcome);
    }
}
