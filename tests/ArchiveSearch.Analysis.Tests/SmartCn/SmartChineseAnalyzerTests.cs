using ArchiveSearch.Analysis.SmartCn;

namespace ArchiveSearch.Analysis.Tests.SmartCn;

public sealed class SmartChineseAnalyzerTests
{
    [Fact]
    public void Analyzers_on_many_threads_share_one_dictionary_and_agree()
    {
        const string text = "新华社北京电 国家统计局今天发布的数据显示，一季度全国农业生产形势总体稳定。Running fast, 2024年！";
        var expected = TestDictionary.Analyze(text);

        var results = new List<TokenRecord>[8];
        Parallel.For(0, results.Length, i =>
        {
            using var analyzer = new SmartChineseAnalyzer();
            for (var round = 0; round < 20; round++) results[i] = TokenRecord.Read(analyzer, text);
        });

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Same_analyzer_gives_the_same_tokens_for_each_document()
    {
        using var analyzer = new SmartChineseAnalyzer(TestDictionary.Instance);
        var first = TokenRecord.Read(analyzer, "我们是中国人。");
        TokenRecord.Read(analyzer, new string('字', 3000));
        Assert.Equal(first, TokenRecord.Read(analyzer, "我们是中国人。"));
    }
}
