using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ArchiveSearch.Analysis.SmartCn;

/// <summary>
/// Chinese analysis token-identical to Java Lucene 4.10.4's SmartChineseAnalyzer: SmartCN segmentation,
/// Porter stemming (for English words in the text) and removal of punctuation via the package's stop words.
/// </summary>
public sealed class SmartChineseAnalyzer : Analyzer
{
    private readonly SmartCnDictionary _dictionary;
    private readonly CharArraySet _stopWords;
    private readonly LuceneVersion _version;

    /// <summary>An analyzer over the process-wide dictionary.</summary>
    public SmartChineseAnalyzer() : this(SmartCnDictionary.GetShared())
    {
    }

    /// <summary>An analyzer over <paramref name="dictionary"/> (see <see cref="SmartCnDictionary.GetShared"/>).</summary>
    public SmartChineseAnalyzer(SmartCnDictionary dictionary, LuceneVersion version = LuceneVersion.LUCENE_48)
    {
        _dictionary = dictionary ?? throw new ArgumentNullException(nameof(dictionary));
        _version = version;
        _stopWords = new CharArraySet(version, dictionary.StopWords.ToList(), ignoreCase: false).AsReadOnly();
    }

    public SmartCnDictionary Dictionary => _dictionary;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new SmartCnTokenizer(_dictionary, reader);
        TokenStream result = new PorterStemFilter(tokenizer);
        if (_stopWords.Count > 0) result = new StopFilter(_version, result, _stopWords);
        return new TokenStreamComponents(tokenizer, result);
    }
}
