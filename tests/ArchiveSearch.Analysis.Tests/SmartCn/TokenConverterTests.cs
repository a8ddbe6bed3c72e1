namespace ArchiveSearch.Analysis.Tests.SmartCn;

/// <summary>Term normalization and position increments, observed through the analyzer.</summary>
public sealed class TokenConverterTests
{
    private static List<string> Terms(string text) => TestDictionary.Analyze(text).Select(t => t.Term).ToList();

    [Fact]
    public void Full_width_letters_and_digits_become_half_width_lower_case() =>
        Assert.Equal(["abc", "123"], Terms("ＡＢｃ１２３"));

    [Fact]
    public void Half_width_letters_are_lower_cased() => Assert.Equal(["nasa"], Terms("NASA"));

    [Fact]
    public void Half_width_digits_are_kept_as_written() => Assert.Equal(["0123"], Terms("0123"));

    [Fact]
    public void Mixed_width_letter_run_is_one_token_folded_as_a_whole() => Assert.Equal(["usb", "3"], Terms("UsＢ3"));

    [Fact]
    public void Punctuation_is_removed_and_leaves_a_position_gap()
    {
        var tokens = TestDictionary.Analyze("你好，世界！");
        Assert.Equal(["你好", "世界"], tokens.Select(t => t.Term));
        Assert.Equal([1, 2], tokens.Select(t => t.PositionIncrement));
    }

    [Fact]
    public void Leading_punctuation_raises_the_first_increment() =>
        Assert.Equal(3, TestDictionary.Analyze("“《书》").Single().PositionIncrement);

    [Fact]
    public void Word_across_a_space_keeps_the_space_in_its_offsets()
    {
        var token = Assert.Single(TestDictionary.Analyze("中 国"));
        Assert.Equal(new TokenRecord("中国", 0, 3, 1), token);
    }

    [Fact]
    public void English_words_are_porter_stemmed() =>
        Assert.Equal(["exampl", "sport"], Terms("examples sports"));

    [Fact]
    public void Every_token_has_type_word() =>
        Assert.All(TestDictionary.Analyze("2024年ABC，中文😀"), t => Assert.Equal("word", t.Type));
}
