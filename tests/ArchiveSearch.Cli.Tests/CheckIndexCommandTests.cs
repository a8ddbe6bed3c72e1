using ArchiveSearch.Index.Composition;
using ArchiveSearch.Testing;

namespace ArchiveSearch.Cli.Tests;

/// <summary><c>archivesearch check-index PATH</c>: an operator's check of an index folder, one line and an exit code.</summary>
public sealed class CheckIndexCommandTests : IDisposable
{
    private readonly string root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "archivesearch-cli-tests", Guid.NewGuid().ToString("n"))).FullName;

    private string IndexPath => Path.Combine(root, "index");

    public CheckIndexCommandTests()
    {
        var inbox = Path.Combine(root, "inbox");
        CodedPages.Write(inbox, 30);
        using var workspace = new ArchiveWorkspace(IndexPath);
        workspace.Ingest(inbox);
    }

    [Theory]
    [InlineData("--full")]
    [InlineData(null)]
    public void A_sound_index_is_reported_sound_with_exit_code_0(string? full)
    {
        var (exit, output, _) = full is null ? CliProcess.Run("check-index", IndexPath) : CliProcess.Run("check-index", IndexPath, full);

        Assert.Equal(0, exit);
        Assert.StartsWith("sound: " + IndexPath, output);
    }

    [Fact]
    public void A_damaged_index_is_reported_with_the_damaged_file_and_exit_code_1_and_left_as_it_was()
    {
        IndexDamage.Apply("flipped bytes in the compound file", IndexPath);
        var files = Directory.GetFiles(IndexPath).Order(StringComparer.Ordinal).ToArray();

        var (exit, output, _) = CliProcess.Run("check-index", IndexPath);

        Assert.Equal(1, exit);
        Assert.StartsWith("damaged: " + IndexPath, output);
        Assert.Contains(".cfs failed its checksum", output);
        Assert.Equal(files, Directory.GetFiles(IndexPath).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void A_folder_without_an_index_is_exit_code_2()
    {
        var (exit, output, _) = CliProcess.Run("check-index", Path.Combine(root, "inbox"));

        Assert.Equal(2, exit);
        Assert.StartsWith("no committed index", output);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
