using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Segmentation;

namespace ArchiveSearch.Archive.Tests.Segmentation;

/// <summary>
/// Pages where items share a column: a caption printed with its credit inside a broken sentence, a commentary's
/// signed byline, an interview's overline, a paragraph printed between another item's headline and its byline.
/// </summary>
public sealed class SharedColumnRepairTests
{
    private static IReadOnlyList<Article> Cut(params string[] paragraphs) => new NewspaperPageSegmenter().Split(string.Join("\n\n", paragraphs));

    [Fact]
    public void A_caption_with_its_credit_on_one_line_inside_a_broken_sentence_is_stepped_over_and_stays_a_photo()
    {
        var items = Cut(
            "梁溪街道为独居老人装上“一键呼”",
            "本报讯（记者 韦丹）3月25日，梁溪街道为136户独居老人安装了智能终端，终端还能在老人长时间没有活动时自动",
            "网格员上门为独居老人调试终端。 本报记者 韦丹 摄",
            "发出提醒。街道还为每户老人建立了健康档案。",
            "家住河埒社区的蒋桂芝今年81岁。“晚上睡觉也踏实了。”她说。");

        var report = items[0];
        Assert.Contains("没有活动时自动发出提醒。", report.Body);
        Assert.Contains("蒋桂芝", report.Body);
        Assert.DoesNotContain("网格员", report.Body);
        var photo = Assert.Single(items, a => a.Kind == ArticleKind.Photo);
        Assert.Equal("网格员上门为独居老人调试终端。", photo.Body);
        Assert.Equal("本报记者 韦丹 摄", photo.Byline);
    }

    [Fact]
    public void A_paragraph_ending_with_a_credit_is_not_joined_with_the_next()
    {
        var items = Cut(
            "网格员上门调试终端",
            "网格员上门为独居老人调试终端。 本报记者 韦丹 摄",
            "家住河埒社区的蒋桂芝今年81岁，子女都在外地工作。");

        Assert.DoesNotContain(items, a => a.Body.Contains("摄家住", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("本报评论员 黎远", "黎远")]
    [InlineData("本报特约评论员 任重", "任重")]
    public void A_commentators_byline_with_a_name_is_a_byline_naming_the_commentator(string line, string name)
    {
        Assert.True(Credits.IsStandaloneByline(line));
        Assert.Equal([name], Credits.People(line).Select(p => p.Name));
    }

    [Fact]
    public void A_commentary_keeps_its_signed_byline()
    {
        var items = Cut("让“口袋公园”真正装进群众口袋", "本报评论员 黎远", "城市更新，不只是高楼拔地而起，也在于街角巷尾的一方绿地。");

        Assert.Equal("本报评论员 黎远", Assert.Single(items).Byline);
    }

    [Fact]
    public void An_interviews_overline_naming_the_interviewee_is_not_its_title()
    {
        var items = Cut("专访市园林局局长唐振宇", "“每一处绿地都要有人管”", "本报记者 苏青", "记者：今年我市口袋公园建设进展如何？", "唐振宇：全市今年新建口袋公园18处。");

        var interview = Assert.Single(items);
        Assert.Equal("“每一处绿地都要有人管”", interview.Title);
        Assert.Equal("专访市园林局局长唐振宇", interview.Subtitle);
    }

    [Fact]
    public void A_paragraph_between_a_headline_and_its_reports_byline_goes_back_to_the_item_above()
    {
        var work = SegmentationPipeline.Standard.Run(string.Join("\n\n",
            "春季义诊走进乡村",
            "本报讯（通讯员 钱程）3月24日，市第二人民医院的18名医生来到高桥村开展义诊，发放健康手册500余份。",
            "老城墙修缮工程开工",
            "义诊现场，骨科主任医师邵立群为一位腰痛多年的老人仔细检查。",
            "本报讯（记者 韦丹）3月22日，老城墙西段修缮工程开工，预计今年10月完工。"));

        Assert.Equal(2, work.Articles.Count);
        Assert.Contains("邵立群", work.Articles[0].Body);
        Assert.Equal("老城墙修缮工程开工", work.Articles[1].Title);
        Assert.Equal("本报讯（记者 韦丹）", work.Articles[1].Byline);
        Assert.Single(work.Decisions, d => d.Rule == "paragraph-before-headline");
    }

    [Fact]
    public void A_headline_over_a_paragraph_and_a_dateline_less_report_of_its_own_is_left_as_it_is()
    {
        // The paragraph under the headline opens with no byline, and the next opens another report: nothing moves
        // unless the item after it is opened by 本报讯.
        var work = SegmentationPipeline.Standard.Run(string.Join("\n\n",
            "春季义诊走进乡村",
            "本报讯（通讯员 钱程）3月24日，市第二人民医院的18名医生来到高桥村开展义诊。",
            "老城墙修缮工程开工",
            "3月22日，老城墙西段修缮工程开工，预计今年10月完工。",
            "编者按：老城墙是梁溪的历史记忆。"));

        Assert.DoesNotContain(work.Decisions, d => d.Rule == "paragraph-before-headline");
    }

    [Fact]
    public void A_commentarys_broken_sentence_is_finished_by_the_bare_sentence_end_printed_inside_an_interview_and_nothing_else_moves()
    {
        var items = Cut(
            "让“口袋公园”真正装进群众口袋",
            "本报评论员 黎远",
            "口袋公园建起来不易，管下去更难。有的因为缺少照明，一到晚上就",
            "专访市园林局局长唐振宇",
            "“每一处绿地都要有人管”",
            "本报记者 苏青",
            "记者：今年我市口袋公园建设进展如何？",
            "唐振宇：截至8月底，全市今年新建口袋公园18处。",
            "无人问津。建好只是开始，管护跟不上，口袋公园就会变成“口袋里的荒地”。",
            "记者：如何解决“重建轻管”的问题？",
            "唐振宇：我们正在推行“园长制”。");

        Assert.Equal(2, items.Count);
        Assert.Contains("一到晚上就无人问津。建好只是开始", items[0].Body);
        Assert.DoesNotContain("园长制", items[0].Body);
        Assert.Contains("园长制", items[1].Body);
        Assert.DoesNotContain("无人问津", items[1].Body);
    }
}
