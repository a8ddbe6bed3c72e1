using System.Text;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Testing;

namespace ArchiveSearch.Index.Tests.Ingest;

/// <summary>What a scan and a fingerprint make of entries that are not plain pages: names that are not UTF-8, hidden files, pipes and links as sidecars.</summary>
public sealed class HostileInboxEntriesTests : IDisposable
{
    private readonly string inbox = Directory.CreateTempSubdirectory("archivesearch-hostile-inbox-").FullName;

    private static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;

    [Fact]
    public void Pages_whose_names_are_not_utf8_are_listed_apart_each_with_its_bytes_escaped()
    {
        File.WriteAllText(Path.Combine(inbox, "ok.txt"), "文字");
        // 你好 and 你的 in GBK: .NET decodes both to the same replacement characters.
        RawFileNames.Write(Path.Combine(inbox, "2024"), [.. Gbk.GetBytes("你好"), .. ".txt"u8.ToArray()], "文字");
        RawFileNames.Write(Path.Combine(inbox, "2024"), [.. Gbk.GetBytes("你的"), .. ".txt"u8.ToArray()], "文字");
        RawFileNames.Write(inbox, [.. Gbk.GetBytes("说明"), .. ".md"u8.ToArray()], "不是版面");

        var listing = new InboxFiles(inbox).Scan();

        Assert.Equal("ok.txt", Assert.Single(listing.Pages).Path);
        Assert.Equal([@"2024/\xC4\xE3\xB5\xC4.txt", @"2024/\xC4\xE3\xBA\xC3.txt"], listing.UndecodablePages);
    }

    [Fact]
    public void Hidden_files_and_pages_in_hidden_folders_have_no_stamp_as_they_have_no_place_in_a_scan()
    {
        File.WriteAllText(Path.Combine(inbox, ".draft.txt"), "文字");
        Directory.CreateDirectory(Path.Combine(inbox, ".cache"));
        File.WriteAllText(Path.Combine(inbox, ".cache", "p.txt"), "文字");
        File.WriteAllText(Path.Combine(inbox, "p.txt"), "文字");
        var files = new InboxFiles(inbox);

        Assert.Null(files.Stamp(".draft.txt"));
        Assert.Null(files.Stamp(".cache/p.txt"));
        Assert.NotNull(files.Stamp("p.txt"));
        Assert.Empty(files.Scan(new DirectoryInfo(Path.Combine(inbox, ".cache"))).Pages);
        Assert.Equal("p.txt", Assert.Single(files.Scan().Pages).Path);
    }

    [Fact]
    public async Task Fingerprinting_a_named_pipe_page_or_pages_beside_a_pipe_or_dev_zero_sidecar_returns_at_once()
    {
        NamedPipes.Make(Path.Combine(inbox, "pipe.txt"));
        File.WriteAllText(Path.Combine(inbox, "a.txt"), "文字");
        NamedPipes.Make(Path.Combine(inbox, "a.json"));
        File.WriteAllText(Path.Combine(inbox, "b.txt"), "文字");
        File.CreateSymbolicLink(Path.Combine(inbox, "b.json"), "/dev/zero");
        var files = new InboxFiles(inbox);

        var fingerprints = await Task.Factory.StartNew(() => new[] { "pipe.txt", "a.txt", "b.txt" }.Select(p => files.Fingerprint(p)).ToList(), TaskCreationOptions.LongRunning)
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(3, fingerprints.Distinct().Count());
        Assert.Equal(["a.txt", "b.txt", "pipe.txt"], files.Scan().Pages.Select(p => p.Path).Order(StringComparer.Ordinal));
    }

    public void Dispose() => RawFileNames.DeleteTree(inbox);
}
