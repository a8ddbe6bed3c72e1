using System.Net;
using System.Text.RegularExpressions;
using ArchiveSearch.Index.Highlighting;

namespace ArchiveSearch.Index.Tests.Highlighting;

public sealed class HighlighterTests
{
    private static IReadOnlyList<string> Highlight(string text, params string[] needles) =>
        new Highlighter(fragmentLength: 40).Fragments(text, MatchFinder.Find(text, needles));

    /// <summary>Removing the marks and unescaping gives back the original text of the fragment.</summary>
    private static string Plain(string fragment) => WebUtility.HtmlDecode(fragment.Replace("<mark>", "").Replace("</mark>", "")).Trim('…');

    private static IEnumerable<string> Marked(string fragment) =>
        Regex.Matches(fragment, "<mark>(.*?)</mark>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value));

    [Fact]
    public void Matches_are_marked_and_the_fragment_is_a_true_substring()
    {
        const string text = "近日，双辽市政协委员在双辽市商业步行街联合开展了“垃圾不落地”文明倡议活动。";

        var fragment = Assert.Single(Highlight(text, "双辽市"));

        Assert.Equal(["双辽市", "双辽市"], Marked(fragment));
        Assert.Contains(Plain(fragment), text);
    }

    [Fact]
    public void Html_in_the_text_is_escaped_and_never_taken_for_markup()
    {
        const string text = "标题<b>A&B</b> 说\"好\"，还有'引号'与 <mark> 字样。";

        var fragment = Assert.Single(Highlight(text, "A&B"));

        Assert.Equal("标题&lt;b&gt;<mark>A&amp;B</mark>&lt;/b&gt; 说&quot;好&quot;，还有&#39;引号&#39;与 &lt;mark&gt; 字样。", fragment);
    }

    [Fact]
    public void Full_width_and_case_variants_match_as_the_search_did()
    {
        var fragment = Assert.Single(Highlight("采用ＰＰＴ现场演讲", "ppt"));

        Assert.Equal(["ＰＰＴ"], Marked(fragment));
    }

    [Fact]
    public void A_quoted_phrase_with_a_space_matches_across_a_line_break_shown_as_a_space()
    {
        var fragment = Assert.Single(Highlight("一批道路\n改造、消防设施", "道路 改造"));

        Assert.Equal(["道路 改造"], Marked(fragment));
    }

    [Fact]
    public void Overlapping_matches_become_one_mark()
    {
        var fragment = Assert.Single(Highlight("小巷总理业务大比武", "小巷总理", "总理业务"));

        Assert.Equal(["小巷总理业务"], Marked(fragment));
    }

    [Fact]
    public void Surrogate_pairs_are_never_split()
    {
        var text = new string('字', 30) + "𠀋村𠀋" + new string('字', 60);

        foreach (var fragment in Highlight(text, "村"))
        {
            Assert.DoesNotContain('\uFFFD', fragment);
            Assert.False(char.IsLowSurrogate(Plain(fragment)[0]));
            Assert.False(char.IsHighSurrogate(Plain(fragment)[^1]));
        }
    }

    [Fact]
    public void Far_apart_matches_give_up_to_three_fragments_in_text_order_with_ellipses()
    {
        var filler = new string('的', 100);
        var text = "甲" + filler + "乙" + filler + "丙" + filler + "丁" + filler;

        var fragments = Highlight(text, "甲", "乙", "丙", "丁");

        Assert.Equal(3, fragments.Count);
        Assert.Equal(["甲"], Marked(fragments[0]));
        Assert.EndsWith("…", fragments[0]);
        Assert.StartsWith("…", fragments[1]);
        Assert.True(text.IndexOf(Plain(fragments[1]), StringComparison.Ordinal) < text.IndexOf(Plain(fragments[2]), StringComparison.Ordinal));
    }

    [Fact]
    public void A_fragment_prefers_to_start_at_a_sentence()
    {
        const string text = "第一句话说的是别的事情。第二句提到杜鹃花的花期很长，值得一看。";

        var fragment = Assert.Single(new Highlighter(fragmentLength: 60).Fragments(text, MatchFinder.Find(text, ["杜鹃花"])));

        Assert.StartsWith("…第二句", fragment);
    }

    [Fact]
    public void Without_a_match_the_start_of_the_text_is_shown()
    {
        var fragment = Assert.Single(Highlight(new string('文', 100), "无"));

        Assert.Equal(new string('文', 40) + "…", fragment);
    }
}
