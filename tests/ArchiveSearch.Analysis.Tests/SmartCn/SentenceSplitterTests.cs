using ArchiveSearch.Analysis.SmartCn;

namespace ArchiveSearch.Analysis.Tests.SmartCn;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text)
    {
        var result = new List<string>();
        for (var start = 0; start < text.Length;)
        {
            var end = SentenceSplitter.NextBoundary(text, start);
            Assert.True(end > start);
            result.Add(text[start..end]);
            start = end;
        }

        return result;
    }

    [Fact]
    public void Chinese_full_stop_ends_a_sentence() =>
        Assert.Equal(["你好。", "世界"], Split("你好。世界"));

    [Fact]
    public void Line_break_alone_does_not_end_a_sentence() =>
        Assert.Equal(["第一行\n第二行\r\n第三行"], Split("第一行\n第二行\r\n第三行"));

    [Fact]
    public void Terminator_takes_following_closers_and_spaces() =>
        Assert.Equal(["“真的吗？！” \n", "她问。"], Split("“真的吗？！” \n她问。"));

    [Fact]
    public void Period_before_a_capital_after_spaces_ends_a_sentence() =>
        Assert.Equal(["It rained. ", "Then it stopped."], Split("It rained. Then it stopped."));

    [Fact]
    public void Period_before_lower_case_does_not() =>
        Assert.Equal(["Call at 10 a.m. tomorrow."], Split("Call at 10 a.m. tomorrow."));

    [Fact]
    public void Period_without_space_does_not() =>
        Assert.Equal(["version 1.5.Next"], Split("version 1.5.Next"));

    [Fact]
    public void Paragraph_separator_ends_a_sentence() =>
        Assert.Equal(["甲\u2029", "乙"], Split("甲\u2029乙"));

    [Fact]
    public void Terminator_run_keeps_one_paragraph_separator() =>
        Assert.Equal(["完！ \u2029", "\u2029", "下"], Split("完！ \u2029\u2029下"));

    [Fact]
    public void Text_without_terminator_is_one_sentence() =>
        Assert.Equal(["没有句号的文字"], Split("没有句号的文字"));
}
