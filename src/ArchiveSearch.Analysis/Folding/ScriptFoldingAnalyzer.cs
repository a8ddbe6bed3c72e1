using Lucene.Net.Analysis;

namespace ArchiveSearch.Analysis.Folding;

/// <summary>
/// Another analyzer with traditional characters folded to simplified ones before it reads the text, so a word
/// printed in either script becomes the same terms; the wrapped analyzer itself is unchanged.
/// </summary>
public sealed class ScriptFoldingAnalyzer(Analyzer inner) : AnalyzerWrapper(inner.Strategy)
{
    protected override Analyzer GetWrappedAnalyzer(string fieldName) => inner;

    protected override TextReader WrapReader(string fieldName, TextReader reader) => new ScriptFoldingCharFilter(reader);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }
}
