using ArchiveSearch.Analysis.Exact;
using ArchiveSearch.Analysis.Folding;

namespace ArchiveSearch.Analysis.Tests.Folding;

public sealed class ScriptFoldingTests
{
    [Theory]
    [InlineData('圖', '图')]
    [InlineData('書', '书')]
    [InlineData('館', '馆')]
    [InlineData('發', '发')]
    [InlineData('髮', '发')]
    [InlineData('臺', '台')]
    [InlineData('颱', '台')]
    [InlineData('後', '后')]
    [InlineData('乾', '干')]
    public void A_traditional_character_folds_to_its_simplified_form(char traditional, char simplified) =>
        Assert.Equal(simplified, ScriptFolding.Fold(traditional));

    [Theory]
    [InlineData('图')]
    [InlineData('发')]
    [InlineData('了')]
    [InlineData('a')]
    [InlineData('，')]
    public void Simplified_characters_stay_as_they_are(char c) =>
        Assert.Equal(c, ScriptFolding.Fold(c));

    [Theory]
    [InlineData('瞭', '了')]
    [InlineData('覆', '复')]
    [InlineData('藉', '借')]
    [InlineData('俱', '具')]
    public void A_character_the_converter_writes_for_one_simplified_character_folds_to_it_for_matching_only(char written, char simplified)
    {
        Assert.Equal(simplified, ScriptFolding.Fold(written));
        Assert.Equal(written, ScriptFolding.FoldTraditional(written));
    }

    [Fact]
    public void The_table_holds_thousands_of_folds_and_folding_twice_changes_nothing()
    {
        Assert.InRange(ScriptFolding.Count, 2500, 5000);
        for (var c = 0; c <= char.MaxValue; c++)
            Assert.Equal(ScriptFolding.Fold((char)c), ScriptFolding.Fold(ScriptFolding.Fold((char)c)));
    }

    [Fact]
    public void Exact_grams_of_a_traditional_text_are_those_of_its_simplified_form()
    {
        Assert.Equal(ExactGrams.ForIndex("图书馆开放").ToArray(), ExactGrams.ForIndex("圖書館開放").ToArray());
        Assert.Equal(ExactGrams.ForQuery("图书馆"), ExactGrams.ForQuery("圖書館"));
    }

    [Fact]
    public void The_char_filter_folds_while_keeping_the_length()
    {
        using var filter = new ScriptFoldingCharFilter(new StringReader("市圖書館夜間開放"));

        var folded = filter.ReadToEnd();

        Assert.Equal("市图书馆夜间开放", folded);
    }
}
