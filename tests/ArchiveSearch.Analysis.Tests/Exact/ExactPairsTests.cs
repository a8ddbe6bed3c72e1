using ArchiveSearch.Analysis.Exact;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchiveSearch.Analysis.Tests.Exact;

public sealed class ExactPairsTests
{
    private static string[] Pairs(params string[] values)
    {
        using var analyzer = new ExactPairAnalyzer();
        var pairs = new List<string>();
        foreach (var value in values)
        {
            using var stream = analyzer.GetTokenStream("pairs", value);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
                pairs.Add(term.ToString());
            stream.End();
        }

        return [.. pairs];
    }

    [Fact]
    public void Text_is_indexed_as_each_pair_of_adjacent_characters()
    {
        Assert.Equal(["双辽", "辽市"], Pairs("双辽市"));
    }

    [Fact]
    public void Pairs_follow_the_folding_and_white_space_of_the_character_field()
    {
        Assert.Equal(["杨 ", " 滢", "滢p", "pt", "t,", ",双", "双辽"], Pairs("楊\n\u3000滢ＰＴ，雙遼"));
    }

    [Fact]
    public void A_surrogate_pair_is_one_character_of_a_pair()
    {
        Assert.Equal(["𠀋村"], Pairs("𠀋村"));
    }

    [Fact]
    public void No_pair_spans_two_values_and_a_single_character_has_none()
    {
        Assert.Equal(["记者", "王卢", "卢莎"], Pairs("记者", "王卢莎", "市"));
    }

    [Fact]
    public void The_pairs_of_a_sequence_are_its_adjacent_units_in_the_field_order()
    {
        var sequence = ExactGrams.ForIndex("杨 滢").ToList();
        Assert.Equal(Pairs("杨 滢"), sequence.Zip(sequence.Skip(1), ExactPairs.Term));
    }
}
