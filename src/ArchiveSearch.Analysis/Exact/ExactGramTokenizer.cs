using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchiveSearch.Analysis.Exact;

/// <summary>The tokens of <see cref="ExactGramAnalyzer"/>: each character copied straight from the folded text into the term buffer.</summary>
internal sealed class ExactGramTokenizer : Tokenizer
{
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute positionIncrement;
    private readonly IOffsetAttribute offset;
    private ExactGrams.Cursor cursor;
    private bool ready;
    private char[] folded = [];
    private int lastPosition;
    private int textLength;

    public ExactGramTokenizer(TextReader reader) : base(reader)
    {
        term = AddAttribute<ICharTermAttribute>();
        positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        var text = m_input.ReadToEnd();
        textLength = text.Length;
        cursor = new ExactGrams.Cursor(text);
        folded = cursor.Folded.ToCharArray();
        ready = true;
        lastPosition = -1;
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (!ready || !cursor.MoveNext())
            return false;
        if (cursor.IsSpace)
            term.SetEmpty().Append(ExactGrams.Space);
        else
            term.CopyBuffer(folded, cursor.Start, cursor.Length);
        positionIncrement.PositionIncrement = cursor.Position - lastPosition;
        lastPosition = cursor.Position;
        return true;
    }

    public override void End()
    {
        base.End();
        offset.SetOffset(CorrectOffset(textLength), CorrectOffset(textLength));
    }
}
