using System.Reflection;

namespace ArchiveSearch.Analysis.SmartCn;

/// <summary>
/// The SmartCN data embedded in the Lucene.Net.Analysis.SmartCn assembly, which the application is built with:
/// no file to install or configure.
/// </summary>
public static class SmartCnPackageResources
{
    public const string CoreDictionary = "Lucene.Net.Analysis.SmartCn.Hhmm.coredict.mem";
    public const string BigramDictionary = "Lucene.Net.Analysis.SmartCn.Hhmm.bigramdict.mem";
    public const string StopWords = "Lucene.Net.Analysis.SmartCn.stopwords.txt";

    private static Assembly Assembly => typeof(Lucene.Net.Analysis.Cn.Smart.SmartChineseAnalyzer).Assembly;

    /// <summary>The package and its version, e.g. <c>Lucene.Net.Analysis.SmartCn 4.8.0-beta00017</c>.</summary>
    public static string Origin { get; } = DescribeAssembly();

    /// <summary>The bytes of the resource <paramref name="name"/>.</summary>
    /// <exception cref="InvalidDataException">The assembly has no such resource.</exception>
    public static byte[] Read(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"{Origin} has no resource {name}");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static string DescribeAssembly()
    {
        var name = Assembly.GetName().Name;
        var version = Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                      ?? Assembly.GetName().Version?.ToString();
        // The informational version may carry the source commit after '+'; the package version is what users know.
        var plus = version?.IndexOf('+') ?? -1;
        return plus > 0 ? $"{name} {version![..plus]}" : $"{name} {version}";
    }
}
