using ArchiveSearch.Analysis.SmartCn;

namespace ArchiveSearch.Analysis.Tests.SmartCn;

/// <summary>The dictionary from the package, loaded once for all tests.</summary>
internal static class TestDictionary
{
    public static SmartCnDictionary Instance => SmartCnDictionary.GetShared();

    /// <summary>Tokens of <paramref name="text"/> through the full analyzer.</summary>
    public static List<TokenRecord> Analyze(string text)
    {
        using var analyzer = new SmartChineseAnalyzer(Instance);
        return TokenRecord.Read(analyzer, text);
    }
}
