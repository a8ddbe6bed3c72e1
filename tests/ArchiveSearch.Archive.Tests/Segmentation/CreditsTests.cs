using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Segmentation;

namespace ArchiveSearch.Archive.Tests.Segmentation;

public sealed class CreditsTests
{
    [Theory]
    [InlineData("本报讯 记者刘家伟报道", "刘家伟", "记者")]
    [InlineData("本报讯(通讯员 杨滢)", "杨滢", "通讯员")]
    [InlineData("本报（通讯员 魏建）", "魏建", "通讯员")]
    [InlineData("本报通讯员 郑嘉萱", "郑嘉萱", "通讯员")]
    [InlineData("本报记者 王卢莎", "王卢莎", "记者")]
    [InlineData("本报通讯员 杨滢 摄", "杨滢", "摄影")]
    [InlineData("周丹丹 摄", "周丹丹", "摄影")]
    [InlineData("本报讯（全媒体记者 陶然）", "陶然", "全媒体记者")]
    [InlineData("本报记者 贺一帆 文/图", "贺一帆", "记者")]
    [InlineData("本报记者 贺一帆 摄影报道", "贺一帆", "记者")]
    [InlineData("文/顾晚舟", "顾晚舟", null)]
    [InlineData("□ 沈雁秋", "沈雁秋", null)]
    [InlineData("文/图 本报记者 唐婧", "唐婧", "记者")]
    [InlineData("新华社记者 柯文彬 摄", "柯文彬", "摄影")]
    [InlineData("据新华社东京9月10日电（记者 钱晓舟）", "钱晓舟", "记者")]
    public void A_credit_names_its_person_and_role(string credit, string name, string? role) =>
        Assert.Equal(new Author(name, role), Assert.Single(Credits.People(credit)));

    [Fact]
    public void A_commentator_byline_names_nobody() => Assert.Empty(Credits.People("本报特约评论员"));

    [Fact]
    public void Several_people_keep_the_role_written_before_them() =>
        Assert.Equal(
            [new Author("张三", "记者"), new Author("李四", "记者"), new Author("王五", "通讯员")],
            Credits.People("本报记者 张三 李四 通讯员 王五"));

    [Theory]
    [InlineData("本报讯", true)]
    [InlineData("本报通讯员 郑嘉萱", true)]
    [InlineData("本报讯 记者刘家伟报道", true)]
    [InlineData("本报记者 贺一帆 文/图", true)]
    [InlineData("本报评论员", true)]
    [InlineData("□ 沈雁秋", true)]
    [InlineData("文/顾晚舟", true)]
    [InlineData("◎季川", true)]
    [InlineData("本报讯 全力推进的西鞍山采选联合项目", false)]
    [InlineData("文/体/旅融合发展", false)]
    [InlineData("双辽市开展街道社区业务大比武", false)]
    public void Standalone_bylines_are_told_from_text(string line, bool expected) => Assert.Equal(expected, Credits.IsStandaloneByline(line));

    [Theory]
    [InlineData("本报讯 记者崔治报道 1月11日,记者获悉", "本报讯 记者崔治报道", "1月11日,记者获悉")]
    [InlineData("本报讯(通讯员 莫愁)为进一步推动", "本报讯(通讯员 莫愁)", "为进一步推动")]
    [InlineData("本报(通讯员 魏建)为弘扬", "本报(通讯员 魏建)", "为弘扬")]
    [InlineData("本报讯 新年伊始,中国石油", "本报讯", "新年伊始,中国石油")]
    public void A_byline_opening_a_paragraph_is_cut_from_its_text(string paragraph, string byline, string rest)
    {
        var (found, start) = Credits.InlineByline(paragraph)!.Value;

        Assert.Equal(byline, found);
        Assert.Equal(rest, paragraph[start..]);
    }

    [Theory]
    [InlineData("大连石化还坚持技术节能和结构减排。本报记者 杨丽娟", "本报记者 杨丽娟", false)]
    [InlineData("医疗条件得到了全面提升。袁春辉 李国恩", "袁春辉 李国恩", false)]
    [InlineData("向农户讲解病虫害预防知识。周丹丹 摄", "周丹丹 摄", true)]
    public void A_credit_after_the_last_sentence_is_found(string paragraph, string credit, bool photo)
    {
        var found = Credits.TrailingCredit(paragraph)!.Value;

        Assert.Equal((credit, photo), (found.Credit, found.IsPhoto));
    }

    [Theory]
    [InlineData("医疗条件得到了全面提升。")]
    [InlineData("他说。这是变电村")]
    [InlineData("党建引领 动力十足")]
    public void Text_that_only_resembles_a_credit_is_not_one(string paragraph)
    {
        Assert.Null(Credits.TrailingCredit(paragraph));
        Assert.False(Credits.IsEndCredit(paragraph));
    }
}
