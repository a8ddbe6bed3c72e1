namespace ArchiveSearch.Analysis.SmartCn;

/// <summary>A segmented word: term via <see cref="SentenceSegmenter.Term"/>, offsets relative to the sentence.</summary>
public struct SegmentedWord
{
    public int TermStart;
    public int TermLength;
    public int Start;
    public int End;
}

/// <summary>
/// Segments one sentence: word graph, best path, term conversion. Not thread-safe; one per tokenizer, and all
/// buffers are reused between sentences so that steady-state segmentation allocates nothing.
/// </summary>
public sealed class SentenceSegmenter
{
    private readonly WordGraph _graph;
    private readonly BestPathFinder _pathFinder;
    private SegmentedWord[] _words = new SegmentedWord[64];
    private char[] _terms = new char[256];

    public SentenceSegmenter(SmartCnDictionary dictionary)
    {
        _graph = new WordGraph(dictionary);
        _pathFinder = new BestPathFinder(dictionary.Bigrams);
    }

    public int Count { get; private set; }

    public ReadOnlySpan<SegmentedWord> Words => _words.AsSpan(0, Count);

    public ReadOnlySpan<char> Term(in SegmentedWord word) => _terms.AsSpan(word.TermStart, word.TermLength);

    /// <summary>Replaces <see cref="Words"/> with the words of <paramref name="sentence"/>.</summary>
    public void Segment(ReadOnlySpan<char> sentence)
    {
        _graph.Build(sentence);
        var path = _pathFinder.Find(_graph);
        if (_words.Length < path.Length) _words = new SegmentedWord[Math.Max(path.Length, _words.Length * 2)];
        // No term is longer than its span, so the sentence length bounds the term buffer.
        if (_terms.Length < sentence.Length) _terms = new char[Math.Max(sentence.Length, _terms.Length * 2)];

        var at = 0;
        for (var k = 0; k < path.Length; k++)
        {
            ref readonly var candidate = ref _graph[path[k]];
            var length = TokenConverter.Convert(candidate, _graph.Key(candidate), sentence, _terms.AsSpan(at));
            ref var word = ref _words[k];
            word.TermStart = at;
            word.TermLength = length;
            word.Start = candidate.Start;
            word.End = candidate.End;
            at += length;
        }

        Count = path.Length;
    }
}
