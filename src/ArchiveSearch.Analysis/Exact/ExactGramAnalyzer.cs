using Lucene.Net.Analysis;

namespace ArchiveSearch.Analysis.Exact;

/// <summary>
/// Indexes text as its characters with positions (see <see cref="ExactGrams.ForIndex"/>), so that any string a
/// user types or quotes can be found exactly, including names and words no dictionary knows.
/// </summary>
public sealed class ExactGramAnalyzer : Analyzer
{
    /// <summary>Keeps the values of a multi-valued field from forming a match across their boundary.</summary>
    public const int ValueGap = 100;

    public override int GetPositionIncrementGap(string fieldName) => ValueGap;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new ExactGramTokenizer(reader));
}
