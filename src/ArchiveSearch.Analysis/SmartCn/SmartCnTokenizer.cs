using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchiveSearch.Analysis.SmartCn;

/// <summary>
/// Splits Chinese text into words with the SmartCN hidden-Markov segmenter: chunks, sentences, then per sentence
/// the cheapest path through the word graph. Terms are lower-cased, full-width forms folded and punctuation
/// reduced to <c>,</c>; offsets are UTF-16 units; every token has type <c>word</c>.
/// </summary>
public sealed class SmartCnTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly ChunkReader _chunks = new();
    private readonly SentenceSegmenter _segmenter;

    private int _position;       // next sentence start within the chunk
    private int _sentenceOffset; // offset of the current sentence in the text
    private int _wordIndex;
    private int _wordCount;

    public SmartCnTokenizer(SmartCnDictionary dictionary, TextReader input) : base(input)
    {
        _segmenter = new SentenceSegmenter(dictionary);
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    /// <summary>The token type of every token.</summary>
    public const string WordType = "word";

    public override bool IncrementToken()
    {
        while (_wordIndex == _wordCount)
        {
            var chunk = _chunks.Chunk;
            if (_position < chunk.Length)
            {
                var end = SentenceSplitter.NextBoundary(chunk, _position);
                _segmenter.Segment(chunk[_position..end]);
                _sentenceOffset = _chunks.Offset + _position;
                _position = end;
                _wordIndex = 0;
                _wordCount = _segmenter.Count;
            }
            else
            {
                if (!_chunks.Refill(m_input)) return false;
                _position = 0;
            }
        }

        ClearAttributes();
        ref readonly var word = ref _segmenter.Words[_wordIndex++];
        var term = _segmenter.Term(word);
        term.CopyTo(_term.ResizeBuffer(term.Length));
        _term.SetLength(term.Length);
        _offset.SetOffset(CorrectOffset(_sentenceOffset + word.Start), CorrectOffset(_sentenceOffset + word.End));
        _type.Type = WordType;
        return true;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_chunks.EndOffset);
        _offset.SetOffset(final, final);
    }

    public override void Reset()
    {
        base.Reset();
        _chunks.Reset();
        _position = _wordIndex = _wordCount = 0;
        _sentenceOffset = 0;
    }
}
