using Lucene.Net.Analysis;

namespace ArchiveSearch.Analysis.Exact;

/// <summary>
/// Indexes text as the adjacent pairs of its exact-match units (see <see cref="ExactPairs"/>): the same folding,
/// characters and white-space markers as <see cref="ExactGramAnalyzer"/>, two at a time.
/// </summary>
public sealed class ExactPairAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var units = new ExactGramTokenizer(reader);
        return new TokenStreamComponents(units, new ExactPairFilter(units));
    }
}
