using ArchiveSearch.Archive.Segmentation;

namespace ArchiveSearch.Archive.Tests.Segmentation;

/// <summary>The places and organisations a text names, by the word that ends the name; keyed by the two characters before it.</summary>
public sealed class PlaceMentionsTests
{
    [Theory]
    [InlineData("东川市去年新建了三座诊所。", "东川")]
    [InlineData("车队开进了青石镇。", "青石")]
    [InlineData("荷塘社区诊所开门接诊。", "荷塘")]
    [InlineData("宏达公司捐了一批图书。", "宏达")]
    [InlineData("东关中学的学生坐进了暖和的教室。", "东关")]
    [InlineData("在城关劳务站，工钱一分没少。", "劳务")]
    [InlineData("家住黄桥乡村民肖德才说。", "黄桥")]
    public void A_place_or_organisation_is_found_by_the_word_that_ends_its_name(string text, string key)
    {
        Assert.Contains(key, PlaceMentions.In(text));
    }

    [Theory]
    [InlineData("本市今年新开两条线路。")]
    [InlineData("他在超市门口等车，进了县城又去了几个乡镇。")]
    [InlineData("全县八个乡镇的果园都在山区。")]
    [InlineData("市第三中学和县人民医院都在城区。")]
    [InlineData("几家大型网站联手办了守岁活动。")]
    public void Common_nouns_and_numbered_or_generic_names_name_no_place(string text)
    {
        Assert.Empty(PlaceMentions.In(text));
    }
}
