namespace ArchiveSearch.Cli.Tests;

/// <summary>Every command that cannot go on says why in one line on standard error, with no stack trace, and fails.</summary>
public sealed class CommandRefusalTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("archivesearch-cli-refusals-").FullName;

    public static TheoryData<string> Refusals => new()
    {
        "analyze {root}/missing.txt",
        "analyze --bench {root}/missing.txt 3",
        "split {root}/missing.txt",
        "split --eval --expectations {root}/missing.tsv",
        "index {root}/inbox --index {root}/a-file",
        "confirm-deletions --inbox {root}/inbox --index {root}/a-file",
        "check-index {root}/a-file",
        "bench --http http://127.0.0.1:1 --rounds 1 --clients 1",
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_refused_command_prints_one_line_and_no_stack_trace(string command)
    {
        Directory.CreateDirectory(Path.Combine(root, "inbox"));
        File.WriteAllText(Path.Combine(root, "a-file"), "not an index");

        var (exit, output, error) = CliProcess.Run(command.Replace("{root}", root).Split(' '));

        Assert.NotEqual(0, exit);
        // check-index reports on standard output, as it reports a sound index.
        var message = command.StartsWith("check-index", StringComparison.Ordinal) ? output : error;
        var lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith("dictionary load:", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count == 1, $"expected one line, got:\n{message}");
        Assert.DoesNotContain("   at ", output + error);
        Assert.DoesNotContain("Exception:", output + error);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
