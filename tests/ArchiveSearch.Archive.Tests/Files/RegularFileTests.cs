using ArchiveSearch.Archive.Files;
using ArchiveSearch.Testing;

namespace ArchiveSearch.Archive.Tests.Files;

/// <summary>Reading only regular files, within a size and a time limit, links never followed. Real files, FIFOs and links on disk.</summary>
public sealed class RegularFileTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("archivesearch-regular-").FullName;

    private string At(string name) => Path.Combine(root, name);

    private static ReadLimits Limits(long maxBytes = 1 << 20, double maxSeconds = 30) => new(maxBytes, TimeSpan.FromSeconds(maxSeconds), "page", "Archive:MaxPageBytes");

    [Fact]
    public void Entries_are_described_without_following_links()
    {
        File.WriteAllText(At("page.txt"), "文字");
        NamedPipes.Make(At("pipe.txt"));
        File.CreateSymbolicLink(At("link.txt"), At("page.txt"));

        Assert.Equal(new EntryInfo(EntryKind.RegularFile, 6, File.GetLastWriteTimeUtc(At("page.txt"))), RegularFile.Describe(At("page.txt")));
        Assert.Equal(EntryKind.NamedPipe, RegularFile.Describe(At("pipe.txt")).Kind);
        Assert.Equal(EntryKind.SymbolicLink, RegularFile.Describe(At("link.txt")).Kind);
        Assert.Equal(EntryKind.CharacterDevice, RegularFile.Describe("/dev/zero").Kind);
        Assert.Equal(EntryKind.Folder, RegularFile.Describe(root).Kind);
        Assert.Equal(EntryKind.Missing, RegularFile.Describe(At("gone.txt")).Kind);
    }

    [Fact]
    public void A_regular_file_within_the_limit_is_read_whole()
    {
        var bytes = Enumerable.Range(0, 200_000).Select(i => (byte)i).ToArray();
        File.WriteAllBytes(At("page.txt"), bytes);

        var read = RegularFile.ReadAll(At("page.txt"), Limits());

        Assert.Equal(bytes, read.Bytes);
    }

    [Fact]
    public void A_character_device_is_refused_and_never_read()
    {
        var read = RegularFile.ReadAll("/dev/zero", Limits());

        Assert.Equal("it is a character device, not a regular file", read.Refusal);
    }

    [Fact]
    public void A_read_that_takes_longer_than_the_time_limit_is_refused_with_the_limit()
    {
        File.WriteAllBytes(At("page.txt"), new byte[4 << 20]);

        var read = RegularFile.ReadAll(At("page.txt"), Limits(maxBytes: 8 << 20, maxSeconds: 0));

        Assert.StartsWith("reading it took longer than the time limit of 0 s (Archive:MaxReadSeconds)", read.Refusal);
    }

    [Fact]
    public void A_missing_file_is_reported_as_missing_not_refused()
    {
        Assert.Throws<FileNotFoundException>(() => RegularFile.ReadAll(At("gone.txt"), Limits()));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
