using ArchiveSearch.Analysis.SmartCn;

namespace ArchiveSearch.Analysis.Tests.SmartCn;

public sealed class CharClassifierTests
{
    [Theory]
    [InlineData('中', CharClass.Hanzi)]
    [InlineData('\u4E00', CharClass.Hanzi)]
    [InlineData('\u9FA5', CharClass.Hanzi)]
    [InlineData('\u9FA6', CharClass.Other)]        // past the GB2312-era Hanzi range
    [InlineData('a', CharClass.Letter)]
    [InlineData('Z', CharClass.Letter)]
    [InlineData('7', CharClass.Digit)]
    [InlineData(' ', CharClass.Space)]
    [InlineData('\t', CharClass.Space)]
    [InlineData('\r', CharClass.Space)]
    [InlineData('\u3000', CharClass.Space)]        // ideographic space
    [InlineData(',', CharClass.Delimiter)]
    [InlineData('\u00BB', CharClass.Delimiter)]
    [InlineData('\u00BC', CharClass.Other)]
    [InlineData('—', CharClass.Delimiter)]         // U+2014
    [InlineData('。', CharClass.Delimiter)]
    [InlineData('Ａ', CharClass.FullWidthLetter)]
    [InlineData('ｚ', CharClass.FullWidthLetter)]
    [InlineData('５', CharClass.FullWidthDigit)]
    [InlineData('，', CharClass.Delimiter)]         // U+FF0C
    [InlineData('\uFE30', CharClass.Delimiter)]
    [InlineData('\uFF64', CharClass.Other)]
    [InlineData('é', CharClass.Other)]
    [InlineData('\uD83D', CharClass.Other)]        // each surrogate unit on its own
    [InlineData('\n', CharClass.Space)]
    [InlineData('\u0085', CharClass.Delimiter)]
    public void Classifies_by_the_reference_ranges(char c, CharClass expected) =>
        Assert.Equal(expected, CharClassifier.Classify(c));
}
