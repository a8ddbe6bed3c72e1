using System.Text;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Testing;

namespace ArchiveSearch.Archive.Tests.Pages;

/// <summary>
/// Inbox entries that are not what they seem: a named pipe or a link where a page or sidecar should be, a sidecar
/// that is not UTF-8, too long or too large. Each is refused at once with its reason; none blocks or is read whole.
/// Real FIFOs and links on disk.
/// </summary>
public sealed class HostileEntriesTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("archivesearch-hostile-").FullName;

    private static readonly TimeSpan AtOnce = TimeSpan.FromSeconds(10);

    private string PageWithSidecar(string name)
    {
        var page = Path.Combine(root, name + ".txt");
        File.WriteAllText(page, "本报讯 青石县图书馆试行夜间开放。");
        return page;
    }

    private string SidecarOf(string page) => Path.ChangeExtension(page, ".json");

    /// <summary>Runs a read on another thread and fails, instead of hanging the test run, when it does not return at once.</summary>
    private static async Task<T> WithinAsync<T>(Func<T> read) => await Task.Factory.StartNew(read, TaskCreationOptions.LongRunning).WaitAsync(AtOnce);

    private static async Task<PageMetadataException> RejectedAsync(Func<PageMetadata> resolve) =>
        await Assert.ThrowsAsync<PageMetadataException>(() => WithinAsync(resolve));

    [Fact]
    public async Task A_named_pipe_page_is_refused_at_once_as_not_a_regular_file()
    {
        var pipe = Path.Combine(root, "pipe.txt");
        NamedPipes.Make(pipe);

        var result = await WithinAsync(() => PageTextReader.Read(pipe));

        Assert.False(result.Succeeded);
        Assert.Contains("named pipe (FIFO)", result.Failure);
    }

    [Fact]
    public async Task A_page_that_is_a_link_is_refused_and_its_target_is_not_read()
    {
        var outside = Path.Combine(root, "outside.txt");
        File.WriteAllText(outside, "本报讯 不该被收录的文字。");
        var link = Path.Combine(root, "link.txt");
        File.CreateSymbolicLink(link, outside);

        var result = await WithinAsync(() => PageTextReader.Read(link));

        Assert.False(result.Succeeded);
        Assert.Contains("symbolic link", result.Failure);
    }

    [Fact]
    public async Task A_named_pipe_sidecar_is_rejected_at_once()
    {
        var page = PageWithSidecar("p");
        NamedPipes.Make(SidecarOf(page));

        var rejected = await RejectedAsync(() => new PageMetadataResolver().Resolve(root, page));

        Assert.Contains("named pipe (FIFO)", rejected.Problem);
    }

    [Fact]
    public async Task A_sidecar_linked_to_dev_zero_is_rejected_without_being_read()
    {
        var page = PageWithSidecar("p");
        File.CreateSymbolicLink(SidecarOf(page), "/dev/zero");

        var rejected = await RejectedAsync(() => new PageMetadataResolver().Resolve(root, page));

        Assert.Contains("symbolic link", rejected.Problem);
    }

    [Fact]
    public async Task A_sidecar_linked_to_a_json_file_outside_the_inbox_is_rejected_and_its_metadata_not_used()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(root, "inbox")).FullName;
        var outside = Path.Combine(root, "elsewhere.json");
        File.WriteAllText(outside, """{"paper":"外部日报","date":"2020-01-01"}""");
        var page = Path.Combine(inbox, "p.txt");
        File.WriteAllText(page, "本报讯 文字。");
        File.CreateSymbolicLink(SidecarOf(page), outside);

        var rejected = await RejectedAsync(() => new PageMetadataResolver("{page}.txt").Resolve(inbox, page));

        Assert.Contains("symbolic link", rejected.Problem);
    }

    [Fact]
    public void A_sidecar_with_gbk_bytes_in_a_string_value_is_rejected_as_not_utf8()
    {
        var page = PageWithSidecar("p");
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes("青石日报");
        File.WriteAllBytes(SidecarOf(page), [.. "{\"paper\":\""u8.ToArray(), .. gbk, .. "\"}"u8.ToArray()]);

        var rejected = Assert.Throws<PageMetadataException>(() => new PageMetadataResolver().Resolve(root, page));

        Assert.Contains("not UTF-8 text (byte 0xC7 at offset 10", rejected.Problem);
    }

    [Fact]
    public void A_paper_name_of_11000_characters_is_rejected_with_the_field_limit()
    {
        var page = PageWithSidecar("p");
        File.WriteAllText(SidecarOf(page), $$"""{"paper":"{{new string('报', 11_000)}}","date":"2023-05-12"}""");

        var rejected = Assert.Throws<PageMetadataException>(() => new PageMetadataResolver().Resolve(root, page));

        Assert.Equal("paper is 11,000 characters long, over the limit of 200 characters for a sidecar field", rejected.Problem);
    }

    [Fact]
    public void A_400_MB_sidecar_is_rejected_by_its_size_without_being_read()
    {
        var page = PageWithSidecar("p");
        using (var sidecar = new FileStream(SidecarOf(page), FileMode.Create))
            sidecar.SetLength(400L * 1024 * 1024); // sparse: 400 MB long, no blocks written

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var rejected = Assert.Throws<PageMetadataException>(() => new PageMetadataResolver().Resolve(root, page));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.Contains("the file is 419,430,400 bytes, over the sidecar size limit of 65,536 bytes (Archive:MaxSidecarBytes)", rejected.Problem);
        Assert.True(allocated < 256 * 1024, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_sidecar_with_a_utf8_byte_order_mark_is_read()
    {
        var page = PageWithSidecar("p");
        File.WriteAllText(SidecarOf(page), """{"paper":"青石日报","date":"2023-05-12"}""", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.Equal(new PageMetadata("青石日报", new DateOnly(2023, 5, 12), null, null), new PageMetadataResolver().Resolve(root, page));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
