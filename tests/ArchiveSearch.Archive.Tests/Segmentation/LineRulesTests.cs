using ArchiveSearch.Archive.Segmentation;

namespace ArchiveSearch.Archive.Tests.Segmentation;

/// <summary>The registry of line rules: every rule named once, and each line decided by the first shape rule it matches.</summary>
public sealed class LineRulesTests
{
    [Fact]
    public void Every_rule_has_a_name_of_its_own() =>
        Assert.Equal(LineRules.Names.Count(), LineRules.Names.Distinct(StringComparer.Ordinal).Count());

    [Theory]
    [InlineData("核心提示", "furniture-word", LineKind.Furniture)]
    [InlineData("责任编辑：韩雪 美术编辑：黄珊", "design-credit", LineKind.Furniture)]
    [InlineData("2024年11月5日 星期二", "masthead-or-contents", LineKind.Furniture)]
    [InlineData("要闻", "section-label", LineKind.Furniture)]
    [InlineData("◆ 孙德明：村口的“义务修车铺”", "profile-label", LineKind.Heading)]
    [InlineData("◆ 走基层", "column-label", LineKind.ColumnLabel)]
    [InlineData("双塔快讯 DUANXUN", "column-label", LineKind.ColumnLabel)]
    [InlineData("售楼处：澧阳市新城大道与滨江路交汇处东北角", "heading-shape", LineKind.Heading)]
    [InlineData("相关链接", "box-label", LineKind.ColumnLabel)]
    [InlineData("本报记者 石磊 摄", "photo-credit", LineKind.PhotoCredit)]
    [InlineData("本报记者 罗静", "standalone-byline", LineKind.Byline)]
    [InlineData("袁春辉 李国恩", "end-credit", LineKind.EndCredit)]
    [InlineData("——今年以来全市空气优良天数比例达82.6%", "kicker-dash", LineKind.Kicker)]
    [InlineData("图为志愿者在课堂上帮助老人设置手机。", "picture-label", LineKind.Caption)]
    [InlineData("（作者系市社科院研究员）", "about-the-author", LineKind.Body)]
    [InlineData("城东片区新增两处口袋公园", "heading-shape", LineKind.Heading)]
    [InlineData("市民在新建的口袋公园里健身。", "one-sentence-caption", LineKind.Caption)]
    [InlineData("本报讯（记者 吴迪）城南图书馆昨日重新开放。", "prose", LineKind.Body)]
    [InlineData("据了解，今年以来城东片区已建成口袋公园7处，周边居民步行10分钟即可到达一处绿地。", "prose", LineKind.Body)]
    public void A_line_is_decided_by_the_first_shape_rule_it_matches(string line, string rule, LineKind kind)
    {
        var decided = LineRules.Classify(line);

        Assert.Equal((rule, kind), (decided.Name, decided.Kind));
    }
}
