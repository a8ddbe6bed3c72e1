using ArchiveSearch.Analysis.Exact;

namespace ArchiveSearch.Analysis.Tests.Exact;

public sealed class ExactGramsTests
{
    [Fact]
    public void Index_sequence_is_every_character_at_its_position()
    {
        Assert.Equal([new("双", 0), new("辽", 1), new("市", 2)], ExactGrams.ForIndex("双辽市").ToArray());
    }

    [Fact]
    public void A_run_of_white_space_between_characters_is_one_position_marked_as_a_space()
    {
        Assert.Equal([new("中", 0), new(" ", 1), new("国", 2)], ExactGrams.ForIndex(" 中 \n\u3000国 ").ToArray());
    }

    [Fact]
    public void Full_width_and_upper_case_letters_are_folded()
    {
        Assert.Equal([new("p", 0), new("p", 1), new("t", 2)], ExactGrams.ForIndex("ＰPｔ").ToArray());
    }

    [Fact]
    public void A_surrogate_pair_is_one_character()
    {
        Assert.Equal([new("𠀋", 0), new("村", 1)], ExactGrams.ForIndex("𠀋村").ToArray());
    }

    [Theory]
    [InlineData("小巷总理", "小@0 巷@1 总@2 理@3")]
    [InlineData("市", "市@0")]
    [InlineData("杨 滢", "杨@0  @1 滢@2")]
    [InlineData(" 本报\n\n 记者 ", "本@0 报@1  @2 记@3 者@4")]
    [InlineData("  ", "")]
    public void A_query_is_its_characters_and_white_space_at_their_relative_positions(string query, string sequence)
    {
        Assert.Equal(sequence, string.Join(" ", ExactGrams.ForQuery(query).Select(g => $"{g.Text}@{g.Position}")));
    }

    [Fact]
    public void The_query_sequence_of_a_text_is_its_index_sequence()
    {
        const string text = "近日，双辽市政协委员在双辽市商业步行街 PPT现场演讲+随机答题";

        Assert.Equal(ExactGrams.ForIndex(text), ExactGrams.ForQuery(text));
    }
}
