namespace ArchiveSearch.Analysis.SmartCn;

/// <summary>
/// The SmartCN dictionaries could not be read: the jar is missing, unreadable or not the expected version.
/// The message names the package to install and the setting to change; there is deliberately no fallback,
/// because segmenting without the dictionaries would silently produce a different index.
/// </summary>
public sealed class SmartCnDictionaryException : Exception
{
    public SmartCnDictionaryException(string jarPath, string problem, Exception? inner = null)
        : base(BuildMessage(jarPath, problem), inner)
    {
        JarPath = jarPath;
    }

    /// <summary>The jar path that was tried.</summary>
    public string JarPath { get; }

    private static string BuildMessage(string jarPath, string problem) =>
        $"SmartCN dictionaries unavailable: {problem} (jar: '{jarPath}'). " +
        $"Install them with 'apt-get install liblucene4.10-java' (provides {SmartCnDictionary.DefaultJarPath}), " +
        $"or point {nameof(SmartCnOptions)}.{nameof(SmartCnOptions.JarPath)} (CLI: --jar) at a lucene-analyzers-smartcn-4.10.4.jar.";
}
