using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Segmentation;

using static ArchiveSearch.Archive.Tests.Segmentation.CutVerdictChecks;

namespace ArchiveSearch.Archive.Tests.Segmentation;

/// <summary>
/// The cut rules that read a paragraph's topic rather than the character pairs it shares: the people, places and
/// organisations it names, and the turns of an interview it stands between. A common word the paragraph shares
/// with the item it stands in (本市, 发展) does not hide it; a page cut right is not doubted.
/// </summary>
public sealed class TopicCutRulesTests
{
    /// <summary>A report on a new clinic, its last paragraph printed in the heating brief beside it, the two sharing 本市.</summary>
    private static readonly string[] ClinicParagraphInTheHeatingReport =
    [
        "南湾区两座社区诊所开门",
        "本报讯（记者 卓然）南湾区新建的两座社区诊所本周开门接诊，分设在荷塘和枫桥两个老片区，各有全科诊室、药房和化验室，住户步行十分钟就能看上病。",
        "荷塘社区诊所开门头三天接诊四百多人次，大半是上了年纪的老人，诊所还为片区一千多户人家建起了健康档案。",
        "本市供暖投诉明显减少",
        "本报讯（通讯员 冯雪）入冬以来，本市供热热线接到的投诉比上个采暖季少了三成，热力公司换掉了老城三十多公里旧管网，每个换热站都装上了测温设备。",
        "荷塘社区诊所主任严立新说，本市过去看点小毛病也得往大医院跑，光挂号就要排半天队，如今楼下就有诊所，老人们不用再起早了。",
    ];

    [Fact]
    public void A_paragraph_naming_a_place_only_the_item_beside_it_names_is_doubted_on_both_items_though_it_shares_a_common_word()
    {
        var items = Cut(ClinicParagraphInTheHeatingReport);

        AssertDoubted(Item(items, "本市供暖投诉明显减少"), "names-of-a-neighbour");
        AssertDoubted(Item(items, "南湾区两座社区诊所开门"), "names-in-a-neighbour");
    }

    [Fact]
    public void A_report_s_paragraph_on_a_village_the_brief_beside_it_also_names_is_not_doubted_when_it_reads_with_the_report()
    {
        var items = Cut(
            "山乡通了公交车",
            "本报记者 景川",
            "新年头一天早上，一辆公交车从青峰县城开出，沿新修的盘山路驶向八十里外的松坪村，这是松坪村第一趟公交车。",
            "松坪村的老支书说，过去进一趟县城要走大半天山路，如今坐上公交车，中午就能办完事回家。",
            "公交车沿途经过的竹溪村也是头一回通公交车，竹溪村的笋干过去靠肩挑出山，公交车通了，笋干进县城也方便了。",
            "竹溪村小学添了图书室",
            "本报讯（通讯员 贝宁）青峰县竹溪村小学日前建起图书室，一百多名学生有了课外读物，图书由县图书馆和几家单位捐赠。");

        AssertNotDoubtedBy(Item(items, "山乡通了公交车"), "names-of-a-neighbour");
        AssertNotDoubtedBy(Item(items, "竹溪村小学添了图书室"), "names-in-a-neighbour");
    }

    [Fact]
    public void A_commentary_citing_the_place_of_the_report_beside_it_is_not_doubted_for_the_name()
    {
        var items = Cut(
            "青峰县夜校办进村",
            "本报讯（记者 景川）青峰县今冬把农技夜校办进了四十个村，请种菜能手讲大棚管理，一期十天，已有三千多名农民听过课。",
            "种地人要什么就教什么",
            "本报评论员 向东",
            "冬闲时节，农民最盼的是有人帮一把，讲空道理往往费力不讨好。",
            "青峰县把夜校办进村，梧桐县请能手上讲台，讲的是农民想学的，教的是农民用得上的，这样的做法值得推广。");

        AssertNotDoubtedBy(Item(items, "种地人要什么就教什么"), "names-of-a-neighbour");
        AssertNotDoubtedBy(Item(items, "青峰县夜校办进村"), "names-in-a-neighbour");
    }

    /// <summary>A commentary on old shops, one of its paragraphs printed after an answer of the interview beside it.</summary>
    private static readonly string[] CommentaryParagraphInAnInterview =
    [
        "给老店留住老味道",
        "本报评论员 常青",
        "新年伊始，本市公布了第一批三十家老店名录。",
        "老店是一座城的记忆，挂牌不是把老店供起来，而是让老店的老味道在市场里站得住。",
        "“夜班公交要跟着乘客走”",
        "本报记者 邵宁",
        "记者：去年夜班公交有哪些变化？",
        "车队长：我们调整了九条夜班线路，新开了通往火车站和大学城的两条线路。",
        "老店的老味道靠的是一代代人的手艺和诚信，发展老店，该做的是减负担、搭台子，剩下的交给老主顾去评判。",
        "记者：乘客反映最多的是什么？",
        "车队长：等车太久。今年要新添四十辆车，夜里发车间隔压到十五分钟以内。",
        "记者：发展夜班公交，钱从哪里来？",
        "车队长：市里安排了专项补贴。",
    ];

    [Fact]
    public void A_paragraph_no_speaker_opens_after_an_answer_is_doubted_in_the_interview_and_in_the_item_it_reads_with()
    {
        var items = Cut(CommentaryParagraphInAnInterview);

        AssertDoubted(Item(items, "“夜班公交要跟着乘客走”"), "unvoiced-in-interview");
        AssertDoubted(Item(items, "给老店留住老味道"), "unvoiced-in-a-neighbour");
    }

    [Fact]
    public void An_answer_that_runs_on_for_a_second_paragraph_is_not_doubted()
    {
        var items = Cut(
            "给老店留住老味道",
            "本报评论员 常青",
            "新年伊始，本市公布了第一批三十家老店名录，老店的老味道要在市场里站得住。",
            "“夜班公交要跟着乘客走”",
            "本报记者 邵宁",
            "记者：去年夜班公交有哪些变化？",
            "车队长：我们调整了九条夜班线路，新开了通往火车站和大学城的两条夜班线路。",
            "数字最能说明问题。去年夜班线路的乘客比前年多了四成，末班车上的乘客从十几个增加到四十多个。",
            "记者：乘客反映最多的是什么？",
            "车队长：等车太久。今年要新添四十辆车，夜班线路的发车间隔压到十五分钟以内。",
            "记者：钱从哪里来？",
            "车队长：市里安排了专项补贴。");

        AssertNotDoubtedBy(Item(items, "“夜班公交要跟着乘客走”"), "unvoiced-in-interview");
        AssertNotDoubtedBy(Item(items, "给老店留住老味道"), "unvoiced-in-a-neighbour");
    }
}
