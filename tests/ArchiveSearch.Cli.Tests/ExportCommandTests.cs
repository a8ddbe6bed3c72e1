using System.Text.Json;
using ArchiveSearch.Testing;

namespace ArchiveSearch.Cli.Tests;

/// <summary><c>archivesearch export --elasticsearch</c> as an operator runs it: a real process over a real index on disk.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly string root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "archivesearch-cli-export", Guid.NewGuid().ToString("n"))).FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Export_writes_the_template_and_bulk_files_of_every_item_with_progress_on_standard_error()
    {
        var index = Path.Combine(root, "index");
        var (exit, output, error) = CliProcess.Run("index", SamplePages.Folder, "--index", index);
        Assert.True(exit == 0, error);
        var articles = JsonDocument.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]).RootElement.GetProperty("articles").GetInt32();
        var export = Path.Combine(root, "export");

        (exit, output, error) = CliProcess.Run("export", "--elasticsearch", export, "--index", index, "--max-file-mb", "0.02");

        Assert.True(exit == 0, error);
        var summary = JsonDocument.Parse(output).RootElement;
        var items = summary.GetProperty("items").GetInt32();
        Assert.True(items > articles, $"{items} items for {articles} articles: the pages' own lines are items too");
        var files = Directory.GetFiles(export, "bulk-*.ndjson");
        Assert.Equal(summary.GetProperty("files").GetInt32(), files.Length);
        Assert.Equal(items * 2, files.Sum(f => File.ReadAllLines(f).Length));
        Assert.True(File.Exists(Path.Combine(export, "index-template.json")));
        Assert.Contains($"exported {items:N0} of {items:N0} items (100.0 %)", error);

        // A second run finds the export complete and writes nothing again.
        var written = files.ToDictionary(f => f, File.GetLastWriteTimeUtc);
        (exit, output, error) = CliProcess.Run("export", "--elasticsearch", export, "--index", index, "--max-file-mb", "0.02");
        Assert.True(exit == 0, error);
        Assert.Contains("resumed", error);
        Assert.All(written, pair => Assert.Equal(pair.Value, File.GetLastWriteTimeUtc(pair.Key)));
    }

    [Fact]
    public void Export_of_a_folder_without_an_index_is_refused_and_creates_no_index()
    {
        var missing = Path.Combine(root, "no-index");

        var (exit, _, error) = CliProcess.Run("export", "--elasticsearch", Path.Combine(root, "export"), "--index", missing);

        Assert.Equal(2, exit);
        Assert.Contains("there is no index in", error);
        Assert.False(Directory.Exists(missing));
    }
}
