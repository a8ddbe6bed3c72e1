using ArchiveSearch.Index.Coverage;

namespace ArchiveSearch.Index.Tests.Coverage;

/// <summary>What counts as news filler: the lexicon's words, bare numbers and dates; never a story's own words.</summary>
public sealed class NewsFillerTests
{
    [Theory]
    [InlineData("本报")]
    [InlineData("记者")]
    [InlineData("通讯员")]
    [InlineData("我市")]
    [InlineData("今年")]
    [InlineData("近日")]
    [InlineData("日前")]
    [InlineData("开展")]
    [InlineData("实验")]
    public void Lexicon_words_are_filler(string word) => Assert.True(NewsFiller.IsFiller(word));

    [Theory]
    [InlineData("2024")]
    [InlineData("2024年")]
    [InlineData("6月")]
    [InlineData("十四日")]
    [InlineData("三百四十")]
    [InlineData("12.5%")]
    [InlineData("十点")]
    [InlineData("第二届")]
    public void Bare_numbers_and_dates_are_filler(string term) => Assert.True(NewsFiller.IsFiller(term));

    [Theory]
    [InlineData("图书馆")]
    [InlineData("覃守义")]
    [InlineData("松花江")]
    [InlineData("赤霞珠")]
    [InlineData("十堰")]
    public void Words_of_a_story_are_not_filler(string term) => Assert.False(NewsFiller.IsFiller(term));
}
