using System.CommandLine;
using System.Diagnostics;
using ArchiveSearch.Index.Store;

namespace ArchiveSearch.Cli;

/// <summary>
/// <c>check-index PATH</c>: checks an index folder as the service does at start, without changing it. Prints one
/// line; exit code 0 when sound, 1 when damaged, 2 when there is no committed index.
/// </summary>
internal static class CheckIndexCommand
{
    public static Command Create()
    {
        var path = new Argument<DirectoryInfo>("path") { Description = "the index folder (Archive:IndexPath)" };
        var full = new Option<bool>("--full") { Description = "also decode every segment with Lucene's CheckIndex (slower)" };
        var command = new Command("check-index", "Check an index against its checksums (and, with --full, Lucene's CheckIndex)") { path, full };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(path)!.FullName;
            var depth = parse.GetValue(full) ? IndexCheckDepth.Full : IndexCheckDepth.Fast;
            var clock = Stopwatch.StartNew();
            var result = IndexCheck.Run(folder, depth);
            var elapsed = $"{clock.Elapsed.TotalMilliseconds:F0} ms";
            switch (result.Condition)
            {
                case IndexCondition.Sound:
                    Console.WriteLine($"sound: {folder} ({result.Files} files in {result.Segments} segments, {depth.ToString().ToLowerInvariant()} check, {elapsed})");
                    return 0;
                case IndexCondition.Damaged:
                    Console.WriteLine($"damaged: {folder}: {result.Problem} ({depth.ToString().ToLowerInvariant()} check, {elapsed})");
                    return 1;
                default:
                    Console.WriteLine($"no committed index: {folder} (no index files)");
                    return 2;
            }
        });
        return command;
    }
}
