using ArchiveSearch.Analysis.SmartCn;

namespace ArchiveSearch.Analysis.Tests.SmartCn;

public sealed class WordGraphTests
{
    private static List<(string Key, int Start, int End, CandidateKind Kind)> Candidates(string sentence)
    {
        var graph = new WordGraph(TestDictionary.Instance);
        graph.Build(sentence);
        var result = new List<(string, int, int, CandidateKind)>();
        foreach (var c in graph.Candidates) result.Add((graph.Key(c).ToString(), c.Start, c.End, c.Kind));
        return result;
    }

    [Fact]
    public void Every_hanzi_starts_its_single_character_and_the_longer_words_found_from_it()
    {
        Assert.Equal(
        [
            ("始##始", -1, 0, CandidateKind.SentenceBegin),
            ("这", 0, 1, CandidateKind.ChineseWord),
            ("这次", 0, 2, CandidateKind.ChineseWord),
            ("次", 1, 2, CandidateKind.ChineseWord),
            ("末##末", 2, 3, CandidateKind.SentenceEnd),
        ], Candidates("这次"));
    }

    [Fact]
    public void Words_extend_across_spaces_and_keep_the_spaces_in_their_span()
    {
        var candidates = Candidates("中 国");
        Assert.Contains(("中国", 0, 3, CandidateKind.ChineseWord), candidates);
        Assert.DoesNotContain(candidates, c => c.Start == 1); // the space itself is skipped
    }

    [Fact]
    public void Runs_of_letters_and_digits_become_pseudo_words()
    {
        Assert.Equal(
        [
            ("始##始", -1, 0, CandidateKind.SentenceBegin),
            ("未##串", 0, 4, CandidateKind.FullWidthString),
            ("未##数", 4, 7, CandidateKind.FullWidthNumber),
            ("，", 7, 8, CandidateKind.Delimiter),
            ("未##串", 8, 9, CandidateKind.String), // an unknown symbol
            ("末##末", 9, 10, CandidateKind.SentenceEnd),
        ], Candidates("abＣd1２3，é"));
    }

    [Fact]
    public void Surrogate_units_are_unknown_strings_one_by_one()
    {
        var candidates = Candidates("😀");
        Assert.Equal(4, candidates.Count);
        Assert.Equal(("未##串", 0, 1, CandidateKind.String), candidates[1]);
        Assert.Equal(("未##串", 1, 2, CandidateKind.String), candidates[2]);
    }
}
