using System.IO.Compression;
using System.Text;
using ArchiveSearch.Analysis.SmartCn;

namespace ArchiveSearch.Analysis.Tests.SmartCn;

/// <summary>The tables of Java Lucene 4.10.4's smartcn jar (Debian's liblucene4.10-java), to compare the package's with.</summary>
internal static class JavaJar
{
    public const string Path = "/usr/share/java/lucene-analyzers-smartcn-4.10.4.jar";

    public static CoreDictionaryTables ReadCore()
    {
        var reader = new JavaSerializationReader(ReadEntry("org/apache/lucene/analysis/cn/smart/hhmm/coredict.mem"));
        var tables = new CoreDictionaryTables(reader.ReadArray<short[]>(), reader.ReadArray<char[]>(), reader.ReadArray<char[][][]>(), reader.ReadArray<int[][]>());
        Assert.True(reader.AtEnd);
        return tables;
    }

    public static BigramDictionaryTables ReadBigrams()
    {
        var reader = new JavaSerializationReader(ReadEntry("org/apache/lucene/analysis/cn/smart/hhmm/bigramdict.mem"));
        var tables = new BigramDictionaryTables(reader.ReadArray<long[]>(), reader.ReadArray<int[]>());
        Assert.True(reader.AtEnd);
        return tables;
    }

    public static string ReadStopWords() => Encoding.UTF8.GetString(ReadEntry("org/apache/lucene/analysis/cn/smart/stopwords.txt"));

    private static byte[] ReadEntry(string name)
    {
        using var zip = ZipFile.OpenRead(Path);
        var entry = zip.GetEntry(name) ?? throw new InvalidDataException($"{Path} has no entry {name}");
        using var stream = entry.Open();
        var bytes = new byte[entry.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
