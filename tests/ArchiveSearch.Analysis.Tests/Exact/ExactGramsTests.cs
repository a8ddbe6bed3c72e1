using ArchiveSearch.Analysis.Exact;

namespace ArchiveSearch.Analysis.Tests.Exact;

public sealed class ExactGramsTests
{
    [Fact]
    public void Index_grams_are_every_character_and_every_adjacent_pair_at_the_first_characters_position()
    {
        var grams = ExactGrams.ForIndex("双辽市").ToArray();

        Assert.Equal([new("双", 0), new("双辽", 0), new("辽", 1), new("辽市", 1), new("市", 2)], grams);
    }

    [Fact]
    public void A_run_of_white_space_counts_as_one_position_and_breaks_pairs()
    {
        var grams = ExactGrams.ForIndex("中 \n\u3000国").ToArray();

        Assert.Equal([new("中", 0), new("国", 2)], grams);
    }

    [Fact]
    public void Full_width_and_upper_case_letters_are_folded()
    {
        Assert.Equal([new("p", 0), new("pp", 0), new("p", 1), new("pt", 1), new("t", 2)], ExactGrams.ForIndex("ＰPｔ").ToArray());
    }

    [Fact]
    public void A_surrogate_pair_is_one_character()
    {
        var grams = ExactGrams.ForIndex("𠀋村").ToArray();

        Assert.Equal([new("𠀋", 0), new("𠀋村", 0), new("村", 1)], grams);
    }

    [Theory]
    [InlineData("小巷总理", new[] { "小巷@0", "巷总@1", "总理@2" })]
    [InlineData("市", new[] { "市@0" })]
    [InlineData("杨 滢", new[] { "杨@0", "滢@2" })]
    [InlineData("本报 记者", new[] { "本报@0", "记者@3" })]
    [InlineData("  ", new string[0])]
    public void Query_grams_pin_down_every_character_with_as_few_grams_as_possible(string query, string[] expected)
    {
        var grams = ExactGrams.ForQuery(query).Select(g => $"{g.Text}@{g.Position}");

        Assert.Equal(expected, grams);
    }

    [Fact]
    public void Every_query_gram_stands_in_the_index_grams_of_the_same_text()
    {
        const string text = "近日，双辽市政协委员在双辽市商业步行街 PPT现场演讲+随机答题";
        var index = ExactGrams.ForIndex(text).ToHashSet();

        foreach (var gram in ExactGrams.ForQuery(text))
            Assert.Contains(gram, index);
    }
}
