using System.Globalization;
using ArchiveSearch.Analysis.SmartCn;
using Lucene.Net.Util;
using PackageAnalyzer = Lucene.Net.Analysis.Cn.Smart.SmartChineseAnalyzer;

namespace ArchiveSearch.Cli;

/// <summary>
/// <c>analyze --compare-lucenenet FILE REPEATS</c>: the project's SmartCN analyzer and the one the
/// Lucene.Net.Analysis.SmartCn package ships, on the same text in one run: each side's speed in alternating
/// rounds, the median ratio, and where their tokens differ.
/// </summary>
internal static class LuceneNetComparison
{
    private const int RegionsShown = 5;

    public static int Run(SmartCnDictionary dictionary, string text, int repeats, int rounds)
    {
        using var ours = new SmartChineseAnalyzer(dictionary);
        using var theirs = new PackageAnalyzer(LuceneVersion.LUCENE_48);

        // Alternating rounds: load on the shared machine that comes and goes tends to hit both sides of a pair.
        var ratios = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var oursResult = AnalyzeCommand.Measure(ours, text, repeats);
            var theirsResult = AnalyzeCommand.Measure(theirs, text, repeats);
            var ratio = oursResult.CharsPerSecond / theirsResult.CharsPerSecond;
            ratios.Add(ratio);
            Console.Out.WriteLine("ours      " + AnalyzeCommand.Json(oursResult));
            Console.Out.WriteLine("lucenenet " + AnalyzeCommand.Json(theirsResult));
            Console.Out.WriteLine(Invariant($"ratio     {ratio:F2}x (ours {oursResult.CharsPerSecond:F0} chars/s vs Lucene.Net {theirsResult.CharsPerSecond:F0} chars/s)"));
        }

        ratios.Sort();
        var median = ratios.Count % 2 == 1 ? ratios[ratios.Count / 2] : (ratios[ratios.Count / 2 - 1] + ratios[ratios.Count / 2]) / 2;
        Console.Out.WriteLine(Invariant($"median ratio {median:F2}x over {rounds} rounds (min {ratios[0]:F2}x, max {ratios[^1]:F2}x)"));

        PrintDifferences(text, AnalyzedToken.ReadAll(ours, text), AnalyzedToken.ReadAll(theirs, text));
        return 0;
    }

    // Tokens are compared by term and offsets (both sides read the same text). A difference region is a stretch of
    // text where either side has a token the other lacks, widened to every token of either side that overlaps it.
    private static void PrintDifferences(string text, List<AnalyzedToken> ours, List<AnalyzedToken> theirs)
    {
        var oursOnly = Subtract(ours, theirs);
        var theirsOnly = Subtract(theirs, ours);
        var regions = Regions(oursOnly.Concat(theirsOnly).Select(t => (t.Start, t.End)));
        Console.Out.WriteLine(Invariant(
            $"tokens: ours {ours.Count}, Lucene.Net {theirs.Count}; {oursOnly.Count} of ours and {theirsOnly.Count} of Lucene.Net's have no match on the other side, in {regions.Count} place{(regions.Count == 1 ? "" : "s")}"));
        foreach (var (start, end) in regions.Take(RegionsShown))
        {
            string Side(List<AnalyzedToken> tokens) =>
                string.Join(" ", tokens.Where(t => t.Start < end && t.End > start).Select(t => Escape(t.Term)));
            Console.Out.WriteLine(Invariant($"  at {start}: text \"{Escape(text[start..end])}\"  ours [{Side(ours)}]  Lucene.Net [{Side(theirs)}]"));
        }

        if (regions.Count > RegionsShown) Console.Out.WriteLine(Invariant($"  … and {regions.Count - RegionsShown} more"));
    }

    private static List<AnalyzedToken> Subtract(List<AnalyzedToken> tokens, List<AnalyzedToken> other)
    {
        var remaining = other.Select(t => (t.Term, t.Start, t.End)).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        var result = new List<AnalyzedToken>();
        foreach (var token in tokens)
        {
            var key = (token.Term, token.Start, token.End);
            if (remaining.TryGetValue(key, out var count) && count > 0) remaining[key] = count - 1;
            else result.Add(token);
        }

        return result;
    }

    private static List<(int Start, int End)> Regions(IEnumerable<(int Start, int End)> spans)
    {
        var regions = new List<(int Start, int End)>();
        foreach (var (start, end) in spans.OrderBy(s => s.Start))
        {
            if (regions.Count > 0 && start <= regions[^1].End) regions[^1] = (regions[^1].Start, Math.Max(regions[^1].End, end));
            else regions.Add((start, end));
        }

        return regions;
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t");

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
