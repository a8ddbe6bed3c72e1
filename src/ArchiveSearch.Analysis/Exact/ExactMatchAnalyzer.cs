using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchiveSearch.Analysis.Exact;

/// <summary>
/// Indexes text as overlapping character unigrams and bigrams (see <see cref="ExactGrams"/>), so that
/// any string a user quotes can be found exactly, including names and words no dictionary knows.
/// </summary>
public sealed class ExactMatchAnalyzer : Analyzer
{
    /// <summary>Keeps the values of a multi-valued field from forming a match across their boundary.</summary>
    public override int GetPositionIncrementGap(string fieldName) => 100;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new ExactGramTokenizer(reader));
}

internal sealed class ExactGramTokenizer : Tokenizer
{
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute positionIncrement;
    private readonly IOffsetAttribute offset;
    private IEnumerator<ExactGram>? grams;
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
        grams = ExactGrams.ForIndex(text).GetEnumerator();
        lastPosition = -1;
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (grams is null || !grams.MoveNext())
            return false;
        var gram = grams.Current;
        term.SetEmpty().Append(gram.Text);
        positionIncrement.PositionIncrement = gram.Position - lastPosition;
        lastPosition = gram.Position;
        return true;
    }

    public override void End()
    {
        base.End();
        offset.SetOffset(CorrectOffset(textLength), CorrectOffset(textLength));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            grams?.Dispose();
        base.Dispose(disposing);
    }
}
