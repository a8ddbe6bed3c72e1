using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Index.Tests.Search;

/// <summary>Headlines as a hit shows them: whole, escaped, with the query's strings marked as in the snippets.</summary>
public sealed class SnippetMakerTests
{
    private readonly SnippetMaker snippets = new();

    [Fact]
    public void A_chinese_headline_has_its_match_marked_and_the_rest_left_as_it_is()
    {
        Assert.Equal("青石县图书馆试行<mark>夜间开放</mark>", snippets.Headline("青石县图书馆试行夜间开放", ["夜间开放"]));
    }

    [Fact]
    public void Every_occurrence_of_every_string_is_marked_and_overlaps_become_one_mark()
    {
        Assert.Equal(
            "<mark>杜鹃花</mark>开了，<mark>丹东杜鹃花</mark>节开幕",
            snippets.Headline("杜鹃花开了，丹东杜鹃花节开幕", ["杜鹃花", "丹东"]));
    }

    [Fact]
    public void Full_width_punctuation_and_letters_match_their_half_width_query()
    {
        Assert.Equal(
            "“两会”时间：<mark>代表委员谈民生（上）</mark>",
            snippets.Headline("“两会”时间：代表委员谈民生（上）", ["代表委员谈民生(上)"]));
        Assert.Equal("用<mark>ＰＰＴ</mark>讲村史", snippets.Headline("用ＰＰＴ讲村史", ["ppt"]));
    }

    [Fact]
    public void Html_characters_in_a_headline_are_escaped_inside_and_outside_the_marks()
    {
        Assert.Equal(
            "&lt;新&gt;企业&quot;<mark>R&amp;D</mark>&quot;投入 &amp; 产出&#39;双增&#39;",
            snippets.Headline("<新>企业\"R&D\"投入 & 产出'双增'", ["r&d"]));
    }

    [Fact]
    public void Without_a_match_the_headline_is_only_escaped()
    {
        Assert.Equal("春耕备耕忙 &lt;图&gt;", snippets.Headline("春耕备耕忙 <图>", ["杜鹃花"]));
        Assert.Equal("春耕备耕忙", snippets.Headline("春耕备耕忙", []));
    }

    [Fact]
    public void A_long_headline_is_never_cut_into_a_fragment()
    {
        var headline = new string('长', 120) + "夜间开放" + new string('长', 120);

        var marked = snippets.Headline(headline, ["夜间开放"]);

        Assert.Equal(new string('长', 120) + "<mark>夜间开放</mark>" + new string('长', 120), marked);
    }

    [Fact]
    public void A_missing_subtitle_stays_missing()
    {
        Assert.Null(snippets.Headline(null, ["夜间开放"]));
    }
}
