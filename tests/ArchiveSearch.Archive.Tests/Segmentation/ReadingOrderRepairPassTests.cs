using ArchiveSearch.Archive.Segmentation;

namespace ArchiveSearch.Archive.Tests.Segmentation;

/// <summary>The reading-order pass: text that an interleaved extraction scattered, put back in reading order.</summary>
public sealed class ReadingOrderRepairPassTests
{
    private const string Broken = "目前，换热站设备检修、管网注水试压等各项工作稳步";
    private const string Continuation = "推进，各热源厂燃煤储备已达到计划量的85%以上。";
    private const string AfterContinuation = "为提升服务水平，市热力集团开通24小时供热服务热线。";
    private const string OtherHeadline = "城东片区新增两处口袋公园";
    private const string OtherOpening = "本报讯（通讯员 胡悦）近日，城东片区两处口袋公园完工开放。";
    private const string OtherText = "据了解，今年以来城东片区已建成口袋公园7处。";

    private static List<string> Texts(PageWork work) => work.Blocks.Select(b => b.Text).ToList();

    [Fact]
    public void A_broken_paragraph_is_joined_with_its_continuation_across_another_item_and_the_rest_of_its_column_follows()
    {
        var work = PassTesting.RunThrough("reading-order", Broken, OtherHeadline, OtherOpening, OtherText, Continuation, AfterContinuation, "“菜篮子”价格总体平稳", "本报讯（记者 吴迪）10月份主要副食品价格总体平稳。");

        Assert.Equal([Broken + Continuation, AfterContinuation, OtherHeadline, OtherOpening, OtherText, "“菜篮子”价格总体平稳", "本报讯（记者 吴迪）10月份主要副食品价格总体平稳。"], Texts(work));
        Assert.Equal(1, work.ReadingOrderJoins);
        var decision = Assert.Single(work.Decisions, d => d.Pass == "reading-order");
        Assert.Equal("continues-across-blocks", decision.Rule);
        Assert.Contains("稳步|推进", decision.Outcome);
    }

    [Fact]
    public void Of_several_later_paragraphs_the_one_that_reads_on_is_chosen()
    {
        var work = PassTesting.RunThrough("reading-order", "主要河流水质稳定达标，生态环境质量持续", OtherHeadline, OtherOpening, "旅游节期间，全市23家A级景区对本地居民实行门票优惠。", "改善，群众的获得感不断增强。");

        Assert.Equal("主要河流水质稳定达标，生态环境质量持续改善，群众的获得感不断增强。", work.Blocks[0].Text);
        Assert.Contains("旅游节期间，全市23家A级景区对本地居民实行门票优惠。", Texts(work));
    }

    [Fact]
    public void A_broken_paragraph_is_never_joined_into_a_headline_or_a_credit()
    {
        var work = PassTesting.RunThrough("reading-order", Broken, "本报记者 石磊", "推进乡村振兴", "本报讯（通讯员 胡悦）近日，城东片区两处口袋公园完工开放。");

        Assert.Equal(Broken, work.Blocks[0].Text);
        Assert.Equal(0, work.ReadingOrderJoins);
    }

    [Fact]
    public void A_broken_paragraph_with_no_paragraph_that_reads_on_stays_as_it_is()
    {
        var work = PassTesting.RunThrough("reading-order", Broken, OtherHeadline, OtherOpening, OtherText);

        Assert.Equal([Broken, OtherHeadline, OtherOpening, OtherText], Texts(work));
    }

    [Fact]
    public void A_headline_printed_after_the_opening_paragraphs_of_its_report_is_moved_above_them()
    {
        const string opening = "本报讯（记者 申浩）12月2日，全市重点项目建设推进会召开。";
        const string headline = "全市重点项目完成年度投资计划";
        const string rest = "会议要求，各级各部门要紧盯年度目标，加快在建项目建设进度。";

        var work = PassTesting.RunThrough("reading-order", "2024年12月3日 星期二", opening, headline, rest);

        Assert.Equal(["2024年12月3日 星期二", headline, opening, rest], Texts(work));
        Assert.Contains(work.Decisions, d => d.Rule == "late-headline");
    }

    [Fact]
    public void A_headline_after_a_column_of_briefs_without_headlines_stays_the_next_items()
    {
        var page = new[]
        {
            "本报讯（通讯员 吴桐）9月9日，兴和镇中心小学新建的“5G智慧教室”投入使用。",
            "本报讯 日前，红旗镇对辖区内37家小餐饮店完成“明厨亮灶”改造。",
            "全市重点项目完成年度投资计划",
            "会议要求，各级各部门要紧盯年度目标，加快在建项目建设进度。",
        };

        var work = PassTesting.RunThrough("reading-order", page);

        Assert.Equal(page, Texts(work));
    }

    [Fact]
    public void A_headline_after_a_headlined_report_stays_the_next_items()
    {
        var page = new[] { OtherHeadline, OtherOpening, "全市重点项目完成年度投资计划", "会议要求，各级各部门要紧盯年度目标，加快在建项目建设进度。" };

        var work = PassTesting.RunThrough("reading-order", page);

        Assert.Equal(page, Texts(work));
    }

    [Fact]
    public void An_item_printed_between_two_profiles_of_a_feature_moves_after_the_feature()
    {
        var work = PassTesting.RunThrough("reading-order",
            "凡人善举 温暖凤阳", "本报记者 秦雅",
            "◆ 陈晓燕：照顾瘫痪婆婆二十年", "二十年来，陈晓燕每天为婆婆擦身、按摩、喂饭。",
            "我市新增3名“安徽好人”", "本报讯 近日，第二季度“安徽好人”榜单发布，我市3人入选。",
            "◆ 韩立军：跳进冰河救起落水少年", "今年1月的一个傍晚，韩立军跳进冰冷的河水救起落水少年。",
            "推荐活动开始", "本报讯 即日起，第三季度推荐评选活动启动。");

        Assert.Equal(
            ["凡人善举 温暖凤阳", "本报记者 秦雅", "◆ 陈晓燕：照顾瘫痪婆婆二十年", "二十年来，陈晓燕每天为婆婆擦身、按摩、喂饭。",
             "◆ 韩立军：跳进冰河救起落水少年", "今年1月的一个傍晚，韩立军跳进冰冷的河水救起落水少年。",
             "我市新增3名“安徽好人”", "本报讯 近日，第二季度“安徽好人”榜单发布，我市3人入选。", "推荐活动开始", "本报讯 即日起，第三季度推荐评选活动启动。"],
            Texts(work));
        Assert.Contains(work.Decisions, d => d.Rule == "profile-parts-together");
    }
}
