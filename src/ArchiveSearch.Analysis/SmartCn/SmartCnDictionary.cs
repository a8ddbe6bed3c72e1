using System.Text;

namespace ArchiveSearch.Analysis.SmartCn;

/// <summary>
/// Everything SmartCN reads from its data: the word dictionary, the bigram dictionary and the stop words, as
/// Lucene.Net.Analysis.SmartCn ships them in its assembly, with the characters Java Lucene 4.10.4 decoded
/// (see <see cref="JavaGb2312Decoding"/>), so that they equal the tables of Java's smartcn jar.
/// Immutable and thread-safe once built; use <see cref="GetShared"/> to load it once per process.
/// </summary>
public sealed class SmartCnDictionary
{
    private static readonly Lazy<SmartCnDictionary> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private SmartCnDictionary(WordDictionary words, BigramDictionary bigrams, IReadOnlyList<string> stopWords, string origin)
    {
        Words = words;
        Bigrams = bigrams;
        StopWords = stopWords;
        Origin = origin;
        // The pseudo-words stand in for non-Chinese candidates; their frequencies are fixed for the process.
        SentenceBeginFrequency = words.Frequency(PseudoWords.SentenceBegin);
        SentenceEndFrequency = words.Frequency(PseudoWords.SentenceEnd);
        StringFrequency = words.Frequency(PseudoWords.String);
        NumberFrequency = words.Frequency(PseudoWords.Number);
    }

    public WordDictionary Words { get; }
    public BigramDictionary Bigrams { get; }

    /// <summary>The stop words of <c>stopwords.txt</c>, comments removed, lines trimmed as Java's <c>String.trim</c>.</summary>
    public IReadOnlyList<string> StopWords { get; }

    /// <summary>Where the tables were read from, for logs: the package and its version.</summary>
    public string Origin { get; }

    internal int SentenceBeginFrequency { get; }
    internal int SentenceEndFrequency { get; }
    internal int StringFrequency { get; }
    internal int NumberFrequency { get; }

    /// <summary>The process-wide instance, loaded on first use.</summary>
    /// <exception cref="SmartCnDictionaryException">The package's resources are missing or not in the expected format.</exception>
    public static SmartCnDictionary GetShared() => Shared.Value;

    /// <summary>Reads a fresh, unshared instance from the package's resources.</summary>
    /// <exception cref="SmartCnDictionaryException">The package's resources are missing or not in the expected format.</exception>
    public static SmartCnDictionary Load()
    {
        var origin = SmartCnPackageResources.Origin;
        try
        {
            var (core, bigrams) = ReadJavaTables();
            var stopWords = ParseStopWords(Encoding.UTF8.GetString(SmartCnPackageResources.Read(SmartCnPackageResources.StopWords)));
            return new SmartCnDictionary(WordDictionary.FromTables(core), BigramDictionary.FromTables(bigrams), stopWords, origin);
        }
        catch (InvalidDataException e)
        {
            throw new SmartCnDictionaryException(origin, e.Message, e);
        }
    }

    /// <summary>
    /// The package's word and bigram tables with the characters Java decoded (see <see cref="JavaGb2312Decoding"/>):
    /// the tables of Java Lucene 4.10.4's smartcn jar.
    /// </summary>
    /// <exception cref="InvalidDataException">A resource is missing or not in the expected format.</exception>
    public static (CoreDictionaryTables Core, BigramDictionaryTables Bigrams) ReadJavaTables()
    {
        var packageCore = MemFileReader.ReadCore(SmartCnPackageResources.Read(SmartCnPackageResources.CoreDictionary));
        var packageBigrams = MemFileReader.ReadBigrams(SmartCnPackageResources.Read(SmartCnPackageResources.BigramDictionary));
        var changed = new Dictionary<string, string>(StringComparer.Ordinal);
        var core = JavaGb2312Decoding.RestoreCore(packageCore, changed);
        var bigrams = JavaGb2312Decoding.RestoreBigrams(packageBigrams, packageCore.AllWords(), changed);
        return (core, bigrams);
    }

    /// <summary>Parses <c>stopwords.txt</c>: <c>//</c> lines are comments, others are trimmed of characters up to U+0020.</summary>
    public static IReadOnlyList<string> ParseStopWords(string text)
    {
        var result = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var l = line.EndsWith('\r') ? line[..^1] : line;
            if (l.StartsWith("//", StringComparison.Ordinal)) continue;
            var word = JavaTrim(l);
            if (word.Length > 0) result.Add(word);
        }

        return result;
    }

    private static string JavaTrim(string s)
    {
        int start = 0, end = s.Length;
        while (start < end && s[start] <= ' ') start++;
        while (end > start && s[end - 1] <= ' ') end--;
        return s[start..end];
    }
}

/// <summary>The dictionary's stand-ins for sentence boundaries and non-Chinese runs.</summary>
internal static class PseudoWords
{
    public const string SentenceBegin = "始##始";
    public const string SentenceEnd = "末##末";
    public const string String = "未##串";
    public const string Number = "未##数";
}
