using ArchiveSearch.Analysis.Exact;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace ArchiveSearch.Index.Schema;

/// <summary>
/// The one place that decides how each field is analysed: word fields with the word analyzer
/// (SmartCN), exact twins with character grams. Index time and query time both go through it.
/// </summary>
public sealed class ArchiveAnalyzers : IDisposable
{
    public ArchiveAnalyzers(Analyzer words)
    {
        Words = words;
        Exact = new ExactMatchAnalyzer();
        var perField = new Dictionary<string, Analyzer>();
        foreach (var field in ArticleFields.Text)
            perField[ArticleFields.Exact(field)] = Exact;
        perField[ArticleFields.Exact(ArticleFields.Author)] = Exact;
        PerField = new PerFieldAnalyzerWrapper(Words, perField);
    }

    public Analyzer Words { get; }

    public Analyzer Exact { get; }

    /// <summary>The analyzer the IndexWriter uses: it routes each field to its analyzer.</summary>
    public Analyzer PerField { get; }

    public void Dispose()
    {
        PerField.Dispose();
        Exact.Dispose();
        Words.Dispose();
    }
}
