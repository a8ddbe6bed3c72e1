using System.Text;
using Xunit.Abstractions;

namespace ArchiveSearch.Analysis.Tests.SmartCn;

/// <summary>
/// Hand-written inputs (Golden/*.txt) whose expected tokens (Golden/*.tsv) were produced by the Java reference,
/// shared/tools/smartcn-oracle/run.sh. Regenerate a .tsv only with that tool.
/// </summary>
public sealed class GoldenFileTests(ITestOutputHelper output)
{
    private static readonly string GoldenFolder = Path.Combine(AppContext.BaseDirectory, "Golden");

    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(GoldenFolder, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Tokens_match_the_reference(string input)
    {
        // Decoded like the reference: a byte-order mark would be kept, line ends are kept as written.
        var text = new UTF8Encoding(false).GetString(File.ReadAllBytes(Path.Combine(GoldenFolder, input)));
        var expected = TokenRecord.ParseTsv(File.ReadAllText(Path.Combine(GoldenFolder, Path.ChangeExtension(input, ".tsv")), Encoding.UTF8));

        var actual = TestDictionary.Analyze(text);

        var (identical, total, first) = ParityReport.Compare(expected, actual);
        output.WriteLine($"{input}: {identical}/{total} tokens identical");
        Assert.True(first is null, first);
    }

    [Fact]
    public void Golden_set_covers_the_hard_cases()
    {
        var names = Directory.GetFiles(GoldenFolder, "*.txt").Select(Path.GetFileName).ToList();
        Assert.Contains("empty.txt", names);
        Assert.Contains("long_no_line_breaks.txt", names);
        Assert.Contains("exactly_1024_units.txt", names);
        Assert.True(new FileInfo(Path.Combine(GoldenFolder, "long_no_line_breaks.txt")).Length > 3 * 1024);
    }
}
