using System.Diagnostics;
using System.Text;
using ArchiveSearch.Testing;
using Xunit.Abstractions;

namespace ArchiveSearch.Analysis.Tests.SmartCn;

/// <summary>
/// Our analyzer against the Java reference on the team's real pages and corpus (../shared): every token
/// must be identical. Skipped, visibly, where the shared folder is absent.
/// </summary>
public sealed class ReferenceParityTests(ITestOutputHelper output)
{
    public static TheoryData<string> SharedTexts()
    {
        var data = new TheoryData<string>();
        foreach (var page in SharedFolder.SeedPages) data.Add(Path.Combine("seeds", Path.GetFileName(page)));
        if (SharedFolder.Corpus is { } corpus)
        {
            foreach (var file in Directory.GetFiles(corpus, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
                data.Add(Path.Combine("corpus", Path.GetFileName(file)));
        }

        // xunit refuses an empty theory; this row only exists when the attribute already skips the test.
        if (data.Count == 0) data.Add("(shared folder absent)");
        return data;
    }

    [SharedTheory("tools/smartcn-oracle")]
    [MemberData(nameof(SharedTexts))]
    public void Tokens_match_the_java_reference(string relativePath)
    {
        var path = Path.Combine(SharedFolder.Root!, relativePath);
        var expected = TokenRecord.ParseTsv(RunOracle(path));
        var actual = TestDictionary.Analyze(new UTF8Encoding(false).GetString(File.ReadAllBytes(path)));

        var (identical, total, first) = ParityReport.Compare(expected, actual);
        output.WriteLine($"{relativePath}: {identical}/{total} tokens identical ({(total == 0 ? 100 : 100.0 * identical / total):F3}%)");
        if (first is not null) output.WriteLine("first difference: " + first);
        Assert.Equal(total, identical);
    }

    private static string RunOracle(string file)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(SharedFolder.SmartCnOracle!, "run.sh"));
        start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"oracle failed ({process.ExitCode}): {stderr.Result}");
        return stdout;
    }
}
