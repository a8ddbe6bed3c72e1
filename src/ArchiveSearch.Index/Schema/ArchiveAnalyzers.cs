using System.Diagnostics;
using ArchiveSearch.Analysis.Exact;
using ArchiveSearch.Analysis.Folding;
using ArchiveSearch.Analysis.SmartCn;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Microsoft.Extensions.Logging;

namespace ArchiveSearch.Index.Schema;

/// <summary>
/// The one place that decides how each field is analysed: word fields with SmartCN, exact-match fields with characters,
/// both with traditional characters folded to simplified ones. Index time and query time both go through it.
/// </summary>
public sealed class ArchiveAnalyzers : IDisposable
{
    private ArchiveAnalyzers(Analyzer words)
    {
        Words = words;
        Exact = new ExactGramAnalyzer();
        pairs = new ExactPairAnalyzer();
        var perField = new Dictionary<string, Analyzer>();
        foreach (var field in ExactField.All)
        {
            perField[field.Name] = Exact;
            perField[field.Pairs] = pairs;
        }
        // The body once more, cut off after its opening words.
        lead = new LimitTokenCountAnalyzer(Words, ArticleFields.LeadWords);
        perField[ArticleFields.Lead] = lead;
        PerField = new PerFieldAnalyzerWrapper(Words, perField);
    }

    /// <summary>
    /// The archive's analyzers: SmartCN words from the dictionaries of the Lucene.Net.Analysis.SmartCn package.
    /// Unreadable dictionaries stop here with a <see cref="SmartCnDictionaryException"/>.
    /// </summary>
    public static ArchiveAnalyzers Create(ILogger logger)
    {
        // Collections on both sides, once at start-up, so the figure is what the dictionaries keep, not what loading them allocated.
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var dictionary = SmartCnDictionary.GetShared();
        var milliseconds = clock.ElapsedMilliseconds;
        logger.LogInformation(
            "SmartCN dictionaries from {Origin} ready in {Milliseconds} ms ({Megabytes:F1} MiB retained)",
            dictionary.Origin, milliseconds, Math.Max(0, GC.GetTotalMemory(forceFullCollection: true) - before) / 1048576.0);
        // SmartCN's dictionaries are simplified: folding first lets a traditional text cut into the same words.
        return new ArchiveAnalyzers(new ScriptFoldingAnalyzer(new SmartChineseAnalyzer(dictionary)));
    }

    private readonly Analyzer lead;
    private readonly Analyzer pairs;

    public Analyzer Words { get; }

    public Analyzer Exact { get; }

    /// <summary>The analyzer the IndexWriter uses: it routes each field to its analyzer.</summary>
    public Analyzer PerField { get; }

    public void Dispose()
    {
        PerField.Dispose();
        lead.Dispose();
        pairs.Dispose();
        Exact.Dispose();
        Words.Dispose();
    }
}
