using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Segmentation;

using static ArchiveSearch.Archive.Tests.Segmentation.CutVerdictChecks;

namespace ArchiveSearch.Archive.Tests.Segmentation;

/// <summary>
/// The cut rules that look for text of one item printed in another: a report's paragraph under the next headline,
/// a person a brief's later paragraph brings in, the end of a broken
/// sentence printed in the next item, a byline between two texts. Each names its sign where the page has it and
/// stays silent on a page cut right.
/// </summary>
public sealed class NeighbourTextCutRulesTests
{
    /// <summary>A report whose last paragraph was printed between the next headline and that item's byline.</summary>
    private static readonly string[] ParagraphUnderTheNextHeadline =
    [
        "河湾镇建成冷链物流中心",
        "本报讯（记者 罗岚）12月3日，河湾镇冷链物流中心建成投用，库容达到两万吨，可同时满足八个乡镇的果蔬储存需求。",
        "冷链物流中心由镇里的农业合作社运营，配备了预冷车间、分拣线和冷藏车。",
        "桥头社区开办老年食堂",
        "合作社负责人算了一笔账：果蔬经过预冷和冷藏，损耗率从两成降到了五个百分点，冷藏车还给镇上的独居老人送去新鲜蔬菜。",
        "本报记者 钱悦",
        "桥头社区老年食堂日前开门营业，每天供应午餐和晚餐，七十岁以上老人用餐每份减免三元。",
    ];

    [Fact]
    public void Text_under_a_headline_that_shares_the_report_above_and_not_its_headline_is_doubted_on_both_items()
    {
        var items = Cut(ParagraphUnderTheNextHeadline);

        AssertDoubted(Item(items, "桥头社区开办老年食堂"), "opening-of-a-neighbour");
        AssertDoubted(Item(items, "河湾镇建成冷链物流中心"), "opening-in-a-neighbour");
    }

    [Fact]
    public void A_byline_after_a_headlined_item_s_text_and_before_text_without_a_headline_is_doubted()
    {
        var items = Cut(ParagraphUnderTheNextHeadline);

        AssertDoubted(Item(items, "桥头社区开办老年食堂"), "byline-between-texts");
    }

    [Fact]
    public void Text_under_its_own_headline_is_not_doubted_as_a_neighbour_s()
    {
        var items = Cut(
            "河湾镇建成冷链物流中心",
            "本报讯（记者 罗岚）12月3日，河湾镇冷链物流中心建成投用，库容达到两万吨，可同时满足八个乡镇的果蔬储存需求。",
            "桥头社区开办老年食堂",
            "本报讯（记者 钱悦）桥头社区老年食堂日前开门营业，每天供应午餐和晚餐，七十岁以上老人用餐每份减免三元。");

        Assert.All(items, a => Assert.Equal(CutVerdict.Sure, a.Cut));
    }

    /// <summary>A report on a winter fair and a brief on a library, a paragraph of the report printed in the brief.</summary>
    private static readonly string[] PersonInTheBriefBeside =
    [
        "冰雪集市开进老街",
        "本报记者 苗青",
        "12月5日，老街冰雪集市开市，冰雕、糖画、冻梨等摊位沿街排开，开市首日接待游客三万余人次。",
        "集市还请来了本地的民间艺人，现场表演剪纸和面塑，吸引不少游客驻足。",
        "县图书馆推出送书上门",
        "本报讯（通讯员 丁宁）县图书馆推出送书上门，读者在手机上选好书目，两天内送到家中。",
        "郑海平说，他在老街卖了二十年冻梨，今年集市的人气是往年的两倍，冻梨一天能卖出五百斤。",
        "开通一周，图书馆已为读者送去图书六百余册。",
    ];

    [Fact]
    public void A_later_paragraph_of_a_brief_naming_a_person_its_opening_never_mentions_is_doubted_and_so_is_the_report_beside_it()
    {
        var items = Cut(PersonInTheBriefBeside);

        AssertDoubted(Item(items, "县图书馆推出送书上门"), "person-new-in-brief");
        AssertDoubted(Item(items, "冰雪集市开进老街"), "person-in-a-neighbour");
    }

    [Fact]
    public void A_brief_quoting_a_person_on_its_own_topic_is_not_doubted_for_the_person()
    {
        var items = Cut(
            "县图书馆推出送书上门",
            "本报讯（通讯员 丁宁）县图书馆日前推出送书上门，读者在手机上选好书目，两天内由志愿者送到家中。",
            "馆长何文静说，送书上门开通一周，图书馆已为读者送去图书六百余册，借阅最多的是养生和育儿类图书。");

        AssertNotDoubtedBy(Item(items, "县图书馆"), "person-new-in-brief");
    }

    [Fact]
    public void A_paragraph_sharing_the_words_of_an_item_above_that_ends_mid_sentence_is_doubted()
    {
        var items = Cut(
            "让街巷停车更有序",
            "本报评论员 林舟",
            "老旧街巷停车难，是许多市民的烦心事。施划夜间限时车位、错峰共享单位车位，是破解停车难的办法。",
            "街巷停车管理要做细做实，夜间限时车位要有人巡查，单位共享车位要",
            "“窗口服务要让群众少跑腿”",
            "本报记者 葛宁",
            "记者：今年政务大厅推出了哪些便民措施？",
            "局长：我们推出了“一窗通办”，群众办事只需取一个号。",
            "明确开放时段和收费标准，让夜间停车的市民停得放心、车位共享的单位管得安心。",
            "记者：下一步还有什么打算？",
            "局长：年内实现八成事项网上可办。");

        AssertDoubted(Item(items, "让街巷停车更有序"), "unclosed-ending");
        AssertDoubted(Item(items, "“窗口服务要让群众少跑腿”"), "sentence-end-in-this-item");
    }

    [Fact]
    public void An_interview_after_an_item_that_ends_its_sentences_is_not_doubted_for_an_end_from_it()
    {
        var items = Cut(
            "让街巷停车更有序",
            "本报评论员 林舟",
            "老旧街巷停车难，是许多市民的烦心事。施划夜间限时车位、错峰共享单位车位，是破解停车难的办法。",
            "“窗口服务要让群众少跑腿”",
            "本报记者 葛宁",
            "记者：今年政务大厅推出了哪些便民措施？",
            "局长：我们推出了“一窗通办”，群众办事只需取一个号。",
            "夜间停车位开放时段明确后，周边单位共享车位的市民停车更方便了。");

        AssertNotDoubtedBy(Item(items, "“窗口服务要让群众少跑腿”"), "sentence-end-in-this-item");
    }

    [Fact]
    public void A_sure_verdict_is_recorded_in_the_explain_trail_as_found_clean_by_every_rule()
    {
        var work = SegmentationPipeline.Standard.Run(string.Join("\n\n",
            "河湾镇建成冷链物流中心",
            "本报讯（记者 罗岚）12月3日，河湾镇冷链物流中心建成投用，库容达到两万吨，可同时满足八个乡镇的果蔬储存需求。"));

        var decision = Assert.Single(work.Decisions, d => d.Pass == "cut");
        Assert.Equal(CutAssessmentPass.NoSign, decision.Rule);
        Assert.Equal("sure", decision.Outcome);
    }
}
