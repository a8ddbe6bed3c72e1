namespace ArchiveSearch.Analysis.SmartCn;

/// <summary>What a candidate stands for; decides its bigram key and how its term is produced.</summary>
public enum CandidateKind : byte
{
    SentenceBegin,
    SentenceEnd,
    ChineseWord,
    String,
    FullWidthString,
    Number,
    FullWidthNumber,
    Delimiter,
}

/// <summary>One possible word of a sentence: span [Start, End), dictionary frequency and bigram key.</summary>
public struct Candidate
{
    public int Start;
    public int End;
    public int Frequency;
    public int KeyStart;   // into WordGraph.Keys
    public int KeyLength;
    public CandidateKind Kind;
}

/// <summary>
/// All candidate words of one sentence, numbered by start position and, within a start, in the order found
/// (the begin candidate is 0, the end candidate last). Arrays are pooled and reused from sentence to sentence.
/// </summary>
public sealed class WordGraph
{
    // Utility.MAX_FREQUENCE of the reference: delimiters get it so that their weight never matters.
    internal const int MaxFrequency = 2_079_997 + 80_000;

    // The pseudo-words sit at fixed places at the head of the key pool.
    private const int PseudoLength = 4; // each pseudo-word is four characters, e.g. 始##始
    private const int BeginKey = 0, EndKey = 4, StringKey = 8, NumberKey = 12, FixedKeys = 16;

    private readonly SmartCnDictionary _dictionary;
    private Candidate[] _candidates = new Candidate[256];
    private char[] _keys = new char[1024];
    private int[] _firstAt = new int[128];   // first candidate starting at a position, -1 if none
    private int[] _countAt = new int[128];
    private CharClass[] _classes = new CharClass[128];

    public WordGraph(SmartCnDictionary dictionary)
    {
        _dictionary = dictionary;
        (PseudoWords.SentenceBegin + PseudoWords.SentenceEnd + PseudoWords.String + PseudoWords.Number).CopyTo(_keys);
    }

    public int Count { get; private set; }

    /// <summary>Length of the sentence the graph was built for.</summary>
    public int SentenceLength { get; private set; }

    public ReadOnlySpan<Candidate> Candidates => _candidates.AsSpan(0, Count);

    public ref readonly Candidate this[int index] => ref _candidates[index];

    public ReadOnlySpan<char> Key(in Candidate c) => _keys.AsSpan(c.KeyStart, c.KeyLength);

    /// <summary>Index of the first candidate starting at <paramref name="position"/> (0..length), or -1.</summary>
    public int FirstAt(int position) => _firstAt[position];

    /// <summary>Number of candidates starting at <paramref name="position"/>.</summary>
    public int CountAt(int position) => _countAt[position];

    /// <summary>Replaces the graph with the candidates of <paramref name="sentence"/>.</summary>
    public void Build(ReadOnlySpan<char> sentence)
    {
        var n = sentence.Length;
        Count = 0;
        SentenceLength = n;
        var keyLength = FixedKeys;
        if (_firstAt.Length < n + 1)
        {
            _firstAt = new int[Math.Max(n + 1, _firstAt.Length * 2)];
            _countAt = new int[_firstAt.Length];
            _classes = new CharClass[_firstAt.Length];
        }

        _firstAt.AsSpan(0, n + 1).Fill(-1);
        _countAt.AsSpan(0, n + 1).Clear();
        var classes = _classes.AsSpan(0, n);
        for (var k = 0; k < n; k++) classes[k] = CharClassifier.Classify(sentence[k]);

        var words = _dictionary.Words;
        Add(-1, 0, _dictionary.SentenceBeginFrequency, BeginKey, PseudoLength, CandidateKind.SentenceBegin);
        var i = 0;
        while (i < n)
        {
            switch (classes[i])
            {
                case CharClass.Space:
                    i++;
                    break;
                case CharClass.Hanzi:
                    AddChineseWords(sentence, classes, i, ref keyLength, words);
                    i++;
                    break;
                case CharClass.Letter:
                case CharClass.FullWidthLetter:
                {
                    var j = i;
                    var fullWidth = false;
                    while (j < n && classes[j] is CharClass.Letter or CharClass.FullWidthLetter)
                        fullWidth |= classes[j++] == CharClass.FullWidthLetter;
                    Add(i, j, _dictionary.StringFrequency, StringKey, PseudoLength, fullWidth ? CandidateKind.FullWidthString : CandidateKind.String);
                    i = j;
                    break;
                }
                case CharClass.Digit:
                case CharClass.FullWidthDigit:
                {
                    var j = i;
                    var fullWidth = false;
                    while (j < n && classes[j] is CharClass.Digit or CharClass.FullWidthDigit)
                        fullWidth |= classes[j++] == CharClass.FullWidthDigit;
                    Add(i, j, _dictionary.NumberFrequency, NumberKey, PseudoLength, fullWidth ? CandidateKind.FullWidthNumber : CandidateKind.Number);
                    i = j;
                    break;
                }
                case CharClass.Delimiter:
                    EnsureKeyRoom(keyLength + 1);
                    _keys[keyLength] = sentence[i];
                    Add(i, i + 1, MaxFrequency, keyLength++, 1, CandidateKind.Delimiter);
                    i++;
                    break;
                default:
                    // Unknown symbols (anything outside the classes, each surrogate unit too) count as strings.
                    Add(i, i + 1, _dictionary.StringFrequency, StringKey, PseudoLength, CandidateKind.String);
                    i++;
                    break;
            }
        }

        Add(n, n + 1, _dictionary.SentenceEndFrequency, EndKey, PseudoLength, CandidateKind.SentenceEnd);
    }

    // The single character is always a candidate; longer words grow from it while the dictionary still has
    // words with that prefix, skipping spaces between characters ("中 国" is the word 中国).
    private void AddChineseWords(ReadOnlySpan<char> sentence, ReadOnlySpan<CharClass> classes, int i, ref int keyLength, WordDictionary words)
    {
        var n = sentence.Length;
        var wordStart = keyLength;
        var wordLength = 1;
        EnsureKeyRoom(wordStart + 1);
        _keys[wordStart] = sentence[i];
        // A trie node exists exactly when the reference's prefix search succeeds; its frequency is set exactly
        // when the prefix is itself a dictionary word (the character alone counts 0 when it is none).
        var node = words.TrieRoot(sentence[i]);
        Add(i, i + 1, node < 0 ? 0 : Math.Max(0, words.TrieFrequency(node)), wordStart, 1, CandidateKind.ChineseWord);

        var j = i + 1;
        while (node >= 0)
        {
            var frequency = words.TrieFrequency(node);
            if (wordLength > 1 && frequency >= 0)
                Add(i, j, frequency, wordStart, wordLength, CandidateKind.ChineseWord);
            while (j < n && classes[j] == CharClass.Space) j++;
            if (j >= n || classes[j] != CharClass.Hanzi) break;
            EnsureKeyRoom(wordStart + wordLength + 1);
            _keys[wordStart + wordLength++] = sentence[j];
            node = wordLength == 2 ? words.TrieSecond(sentence[i], sentence[j]) : words.TrieChild(node, sentence[j]);
            j++;
        }

        keyLength = wordStart + wordLength;
    }

    private void EnsureKeyRoom(int length)
    {
        if (length > _keys.Length) Array.Resize(ref _keys, Math.Max(length, _keys.Length * 2));
    }

    private void Add(int start, int end, int frequency, int keyStart, int keyLength, CandidateKind kind)
    {
        if (Count == _candidates.Length) Array.Resize(ref _candidates, Count * 2);
        ref var c = ref _candidates[Count];
        c.Start = start;
        c.End = end;
        c.Frequency = frequency;
        c.KeyStart = keyStart;
        c.KeyLength = keyLength;
        c.Kind = kind;
        if (start >= 0)
        {
            if (_firstAt[start] < 0) _firstAt[start] = Count;
            _countAt[start]++;
        }

        Count++;
    }
}
