using ArchiveSearch.Analysis.SmartCn;

namespace ArchiveSearch.Analysis.Tests.SmartCn;

public sealed class BestPathFinderTests
{
    private static List<string> Path(string sentence)
    {
        var graph = new WordGraph(TestDictionary.Instance);
        graph.Build(sentence);
        var result = new List<string>();
        foreach (var index in new BestPathFinder(TestDictionary.Instance.Bigrams).Find(graph))
        {
            ref readonly var c = ref graph[index];
            result.Add(sentence[c.Start..c.End]);
        }

        return result;
    }

    // Weights of the reference for 这次: 始##始→这 3.39 + 这→次 2.96 + 次→末##末 7.11 = 13.46, cheaper than
    // 始##始→这次 4.12 + 这次→末##末 10.02 = 14.14, so the reference splits the word.
    [Fact]
    public void Chooses_the_cheapest_path_even_against_a_dictionary_word() =>
        Assert.Equal(["这", "次"], Path("这次"));

    [Fact]
    public void Segments_a_sentence_into_words() =>
        Assert.Equal(["我们", "是", "中国", "人"], Path("我们是中国人"));

    [Fact]
    public void Empty_sentence_has_an_empty_path() => Assert.Empty(Path(""));

    [Fact]
    public void Spaces_only_sentence_has_an_empty_path() => Assert.Empty(Path("  \t "));
}
