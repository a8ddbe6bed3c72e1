using ArchiveSearch.Analysis.SmartCn;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchiveSearch.Analysis.Tests.SmartCn;

public sealed class SmartCnTokenizerTests
{
    private static (List<string> Terms, int FinalOffset) Run(SmartCnTokenizer tokenizer, string text)
    {
        tokenizer.SetReader(new StringReader(text));
        var term = tokenizer.GetAttribute<ICharTermAttribute>();
        var offset = tokenizer.GetAttribute<IOffsetAttribute>();
        var terms = new List<string>();
        tokenizer.Reset();
        while (tokenizer.IncrementToken()) terms.Add(term.ToString());
        tokenizer.End();
        var final = offset.EndOffset;
        tokenizer.Dispose();
        return (terms, final);
    }

    [Fact]
    public void Is_reusable_across_documents_and_reports_each_final_offset()
    {
        using var tokenizer = new SmartCnTokenizer(TestDictionary.Instance, new StringReader(""));

        var first = Run(tokenizer, "我们是中国人。");
        var second = Run(tokenizer, "中国 ");
        var third = Run(tokenizer, "我们是中国人。");

        Assert.Equal(["我们", "是", "中国", "人", ","], first.Terms);
        Assert.Equal(7, first.FinalOffset);
        Assert.Equal(["中国"], second.Terms);
        Assert.Equal(3, second.FinalOffset); // the trailing space counts
        Assert.Equal(first.Terms, third.Terms);
        Assert.Equal(first.FinalOffset, third.FinalOffset);
    }

    [Fact]
    public void Empty_input_has_no_tokens_and_final_offset_zero()
    {
        using var tokenizer = new SmartCnTokenizer(TestDictionary.Instance, new StringReader(""));
        var (terms, final) = Run(tokenizer, "");
        Assert.Empty(terms);
        Assert.Equal(0, final);
    }

    [Fact]
    public void Huge_text_without_line_breaks_is_tokenized_completely()
    {
        var text = string.Concat(Enumerable.Repeat("经济发展", 5_000)); // 20,000 units, cut every 1,024
        var tokens = TestDictionary.Analyze(text);
        Assert.Equal(text.Length, tokens[^1].End);
        Assert.All(tokens, t => Assert.True(t.End > t.Start));
        Assert.Equal(text.Length, tokens.Sum(t => t.End - t.Start));
    }

    [Fact]
    public void Lone_surrogates_are_single_unknown_tokens()
    {
        var tokens = TestDictionary.Analyze("好\uD800好");
        Assert.Contains(new TokenRecord("\uD800", 1, 2, 1), tokens);
    }
}
