using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Segmentation;

namespace ArchiveSearch.Archive.Tests.Segmentation;

/// <summary>
/// Headlines and bylines printed out of place: a headline inside its report's first sentence, a neighbour's
/// paragraph between a headline and its byline, a report after a signed commentary that closes with its own credit.
/// </summary>
public sealed class ReportAndHeadlineOrderTests
{
    private static IReadOnlyList<Article> Cut(params string[] paragraphs) => new NewspaperPageSegmenter().Split(string.Join("\n\n", paragraphs));

    [Fact]
    public void A_headline_printed_inside_its_reports_first_sentence_goes_above_the_report_and_the_sentence_is_joined_past_the_photo()
    {
        var items = Cut(
            "本报讯（记者 孙蔚）3月2日，北关区花卉市场迎来春季销售旺季。市场内200余家商户备足了盆栽、鲜切花和绿植，",
            "北关花市迎来旺季",
            "市民在花卉市场挑选盆栽。",
            "本报记者 孙蔚 摄",
            "周末日均客流超过2万人次。",
            "市场负责人介绍，今年新引进的多肉植物和兰花品种很受年轻人欢迎，销量比去年同期增长三成。");

        var report = items[0];
        Assert.Equal("北关花市迎来旺季", report.Title);
        Assert.Equal("本报讯（记者 孙蔚）", report.Byline);
        Assert.Contains("鲜切花和绿植，周末日均客流超过2万人次。", report.Body);
        Assert.Contains("多肉植物", report.Body);
        var photo = Assert.Single(items, a => a.Kind == ArticleKind.Photo);
        Assert.Equal("市民在花卉市场挑选盆栽。", photo.Body);
        Assert.Equal(2, items.Count);
    }

    [Fact]
    public void A_paragraph_between_a_headline_and_its_byline_that_reads_as_the_item_above_goes_back_to_it()
    {
        var items = Cut(
            "老码头变身滨江公园",
            "本报讯（记者 严青）5月6日，改造后的老码头滨江公园对市民开放，公园保留了老码头的吊机和仓库。",
            "“小时候常来码头看轮船，现在这里成了散步的好地方。”市民卢建华说。",
            "扎根山村的乡村医生",
            "据介绍，滨江公园二期工程将把老码头仓库改建为城市展览馆，年内开工。",
            "本报记者 严青 通讯员 彭亮",
            "凌晨4点，桂花村卫生室的灯亮了。乡村医生葛长林背起药箱，去给行动不便的老人送药。",
            "从医28年，葛长林走遍了全村的山路，村民们有个头疼脑热，第一个想到的就是他。");

        Assert.Equal(2, items.Count);
        Assert.Contains("城市展览馆", items[0].Body);
        Assert.Equal("扎根山村的乡村医生", items[1].Title);
        Assert.Equal("本报记者 严青 通讯员 彭亮", items[1].Byline);
        Assert.StartsWith("凌晨4点", items[1].Body);
    }

    [Fact]
    public void A_lead_paragraph_between_a_headline_and_its_byline_that_reads_as_the_text_below_is_not_moved_to_the_item_above()
    {
        var items = Cut(
            "老码头变身滨江公园",
            "本报讯（记者 严青）5月6日，改造后的老码头滨江公园对市民开放，公园保留了老码头的吊机和仓库。",
            "扎根山村的乡村医生",
            "从医28年，乡村医生葛长林走遍了桂花村的山路，守护着全村村民的健康。",
            "本报记者 严青 通讯员 彭亮",
            "凌晨4点，桂花村卫生室的灯亮了。乡村医生葛长林背起药箱，去给行动不便的老人送药。");

        Assert.DoesNotContain("葛长林", items[0].Body);
        Assert.StartsWith("从医28年", Assert.Single(items, a => a.Title == "扎根山村的乡村医生").Body);
    }

    [Fact]
    public void A_headline_over_text_that_closes_with_a_credit_naming_other_people_starts_an_item_after_a_signed_commentary()
    {
        var items = Cut(
            "让老街区留住烟火气",
            "本报评论员 向明",
            "老街区是城市的记忆。改造老街区，既要改善居住条件，也要留住街坊邻里的烟火气。",
            "改造方案多听听居民的意见，老街区才能既有颜值，又有温度。",
            "全市启动老旧街区微改造",
            "今年以来，市住建局在12个老旧街区开展微改造，修缮老房屋300余栋，新增口袋公园9处。",
            "本报记者 贝宁");

        Assert.Equal(2, items.Count);
        Assert.Equal("本报评论员 向明", items[0].Byline);
        Assert.Equal("全市启动老旧街区微改造", items[1].Title);
        Assert.Equal("本报记者 贝宁", items[1].Byline);
    }

    [Fact]
    public void A_features_sub_head_stays_in_it_when_the_feature_closes_with_more_contributors()
    {
        var items = Cut(
            "果园里的新农人",
            "本报记者 贝宁",
            "走进南坡村的果园，一排排苹果树整齐挺拔，滴灌管线沿着树行铺开。",
            "种出好果子",
            "返乡青年童嘉禾带着村民改种矮砧密植苹果，亩产比过去提高了一倍。",
            "卖出好价钱",
            "合作社注册了商标，苹果通过电商平台卖到了全国各地，每斤价格高出两元。",
            "常乐 祝远");

        var feature = Assert.Single(items);
        Assert.Contains("卖出好价钱", feature.Body);
    }
}
