using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;

namespace ArchiveSearch.Analysis.SmartCn;

/// <summary>
/// Everything SmartCN reads from Lucene 4.10.4's smartcn jar: the word dictionary, the bigram dictionary and
/// the stop words. Immutable and thread-safe once built; use <see cref="GetShared(string?)"/> to load it once per
/// process and path.
/// </summary>
public sealed class SmartCnDictionary
{
    /// <summary>Where Debian's <c>liblucene4.10-java</c> installs the jar.</summary>
    public const string DefaultJarPath = "/usr/share/java/lucene-analyzers-smartcn-4.10.4.jar";

    private const string CoreEntry = "org/apache/lucene/analysis/cn/smart/hhmm/coredict.mem";
    private const string BigramEntry = "org/apache/lucene/analysis/cn/smart/hhmm/bigramdict.mem";
    private const string StopWordsEntry = "org/apache/lucene/analysis/cn/smart/stopwords.txt";

    private static readonly ConcurrentDictionary<string, Lazy<SmartCnDictionary>> Shared = new(StringComparer.Ordinal);

    private SmartCnDictionary(WordDictionary words, BigramDictionary bigrams, IReadOnlyList<string> stopWords, string jarPath)
    {
        Words = words;
        Bigrams = bigrams;
        StopWords = stopWords;
        JarPath = jarPath;
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

    public string JarPath { get; }

    internal int SentenceBeginFrequency { get; }
    internal int SentenceEndFrequency { get; }
    internal int StringFrequency { get; }
    internal int NumberFrequency { get; }

    /// <summary>The process-wide instance for <paramref name="jarPath"/> (default: <see cref="DefaultJarPath"/>), loaded on first use.</summary>
    /// <exception cref="SmartCnDictionaryException">The jar is missing or not a valid smartcn 4.10.4 jar.</exception>
    public static SmartCnDictionary GetShared(string? jarPath = null)
    {
        var path = Path.GetFullPath(jarPath ?? DefaultJarPath);
        var lazy = Shared.GetOrAdd(path, static p => new Lazy<SmartCnDictionary>(() => Load(p), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return lazy.Value;
        }
        catch
        {
            // Do not cache the failure: installing the package must not require a restart.
            Shared.TryRemove(new KeyValuePair<string, Lazy<SmartCnDictionary>>(path, lazy));
            throw;
        }
    }

    /// <summary>The process-wide instance for the jar configured in <paramref name="options"/>.</summary>
    public static SmartCnDictionary GetShared(SmartCnOptions options) => GetShared(options.JarPath);

    /// <summary>Reads a fresh, unshared instance from the jar.</summary>
    /// <exception cref="SmartCnDictionaryException">The jar is missing or not a valid smartcn 4.10.4 jar.</exception>
    public static SmartCnDictionary Load(string jarPath)
    {
        if (!File.Exists(jarPath)) throw new SmartCnDictionaryException(jarPath, "the jar file does not exist");
        try
        {
            using var zip = ZipFile.OpenRead(jarPath);
            var core = new JavaSerializationReader(ReadEntry(zip, CoreEntry));
            var rowOfSlot = core.ReadArray<short[]>();
            var charOfSlot = core.ReadArray<char[]>();
            var words = core.ReadArray<char[][][]>();
            var frequencies = core.ReadArray<int[][]>();
            if (!core.AtEnd) throw new InvalidDataException($"{CoreEntry} has trailing data");

            var bigram = new JavaSerializationReader(ReadEntry(zip, BigramEntry));
            var hashes = bigram.ReadArray<long[]>();
            var pairFrequencies = bigram.ReadArray<int[]>();
            if (!bigram.AtEnd) throw new InvalidDataException($"{BigramEntry} has trailing data");

            var stopWords = ParseStopWords(Encoding.UTF8.GetString(ReadEntry(zip, StopWordsEntry)));
            return new SmartCnDictionary(
                WordDictionary.FromSerialized(rowOfSlot, charOfSlot, words, frequencies),
                BigramDictionary.FromSerialized(hashes, pairFrequencies),
                stopWords,
                jarPath);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new SmartCnDictionaryException(jarPath, "the jar could not be read: " + e.Message, e);
        }
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

    private static byte[] ReadEntry(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new InvalidDataException($"entry {name} is missing");
        using var stream = entry.Open();
        var bytes = new byte[entry.Length];
        stream.ReadExactly(bytes);
        return bytes;
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
