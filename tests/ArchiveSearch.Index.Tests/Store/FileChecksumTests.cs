using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Store;
using Lucene.Net.Codecs;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArchiveSearch.Index.Tests.Store;

public sealed class FileChecksumTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "archivesearch-checksum-tests", Guid.NewGuid().ToString("n"));

    public FileChecksumTests()
    {
        using var index = new ArchiveIndex(path, ArchiveAnalyzers.Create(NullLogger.Instance), NullLogger<ArchiveIndex>.Instance);
        var pages = new PageWriter(index);
        for (var page = 0; page < 3; page++)
        {
            var articles = Enumerable.Range(1, 4).Select(i => new Article { Ordinal = i, Title = $"第{page}版第{i}篇", Paragraphs = [$"全市农村公路建设完成投资{page * 10 + i}亿元，新建改建道路三百公里。"] }).ToList();
            pages.ReplacePage(new PageRecord($"p{page}.txt", $"h{page}", $"p{page}", PageStatus.Indexed, articles.Count, DateTimeOffset.UtcNow), PageMetadata.None, articles);
            index.Commit();
        }
    }

    private IEnumerable<string> IndexFiles() =>
        System.IO.Directory.GetFiles(path).Where(f => Path.GetFileName(f).StartsWith('_') || Path.GetFileName(f).StartsWith("segments_", StringComparison.Ordinal));

    [Fact]
    public void Every_file_of_a_sound_index_passes_as_it_does_lucenes_own_checksum()
    {
        using var directory = FSDirectory.Open(path);
        foreach (var file in IndexFiles())
        {
            using (var input = directory.OpenInput(Path.GetFileName(file), IOContext.READ_ONCE))
                CodecUtil.ChecksumEntireFile(input);
            Assert.Null(FileChecksum.Problem(file));
        }
    }

    [Fact]
    public void A_flipped_byte_anywhere_before_the_footer_fails_the_checksum()
    {
        var file = IndexFiles().OrderByDescending(f => new FileInfo(f).Length).First();
        var bytes = File.ReadAllBytes(file);
        bytes[bytes.Length / 2] ^= 0x40;
        File.WriteAllBytes(file, bytes);

        Assert.StartsWith("checksum failed", FileChecksum.Problem(file));
    }

    [Fact]
    public void A_truncated_file_is_named_as_having_lost_its_footer()
    {
        var file = IndexFiles().OrderByDescending(f => new FileInfo(f).Length).First();
        using (var stream = File.OpenWrite(file))
            stream.SetLength(stream.Length - 5);

        Assert.Contains("footer", FileChecksum.Problem(file));
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(path))
            System.IO.Directory.Delete(path, recursive: true);
    }
}
