using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Store;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Codecs;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArchiveSearch.Index.Tests.Store;

public sealed class ArchiveCodecTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "archivesearch-codec-tests", Guid.NewGuid().ToString("n"));

    /// <summary>Chinese news text of a few hundred articles, each different.</summary>
    private static IEnumerable<string> NewsText()
    {
        string[] sentences =
        [
            "全市农村公路建设完成投资十二亿元，新建改建道路三百公里。",
            "记者从市教育局获悉，今年秋季学期全市新增学位八千个。",
            "查干湖冬捕节开幕，游客争睹头鱼出水，现场还有民俗表演。",
            "丹东杜鹃花节今天开幕，展出杜鹃花三百余种，吸引大批游客。",
            "前三季度全市规上工业增加值同比增长百分之六点八。",
            "社区书屋延长开放时间，居民下班后也能借阅图书。",
        ];
        for (var i = 0; i < 400; i++)
            yield return string.Concat(Enumerable.Range(0, 6).Select(j => sentences[(i * 7 + j * (i % 5 + 1)) % sentences.Length])) + $"第{i}号。";
    }

    [Fact]
    public void New_segments_of_an_archive_index_are_written_with_the_archive_codec_and_their_text_reads_back()
    {
        var path = Path.Combine(root, "archive");
        using (var index = new ArchiveIndex(path, ArchiveAnalyzers.Create(NullLogger.Instance), NullLogger<ArchiveIndex>.Instance))
        {
            var pages = new PageWriter(index);
            var article = new Article { Ordinal = 1, Title = "杜鹃花节开幕", Paragraphs = [NewsText().First()] };
            pages.ReplacePage(new PageRecord("p.txt", "h", "p", PageStatus.Indexed, 1, DateTimeOffset.UtcNow), PageMetadata.None, [article]);
            index.Commit();
            Assert.Equal(NewsText().First(), new IndexContents(index).AllArticles().Single().Body);
        }

        var infos = new SegmentInfos();
        using var directory = FSDirectory.Open(path);
        infos.Read(directory);
        Assert.All(infos.Segments, segment => Assert.Equal(ArchiveCodec.CodecId, segment.Info.Codec.Name));
    }

    [Fact]
    public void Stored_chinese_text_takes_far_less_room_than_with_lucenes_default_codec()
    {
        var archive = StoredBytes("archive", new ArchiveCodec());
        var lucene = StoredBytes("default", Codec.Default);

        // DEFLATE's entropy coding finds what LZ4's repeats miss in three-byte UTF-8 characters.
        Assert.True(archive < lucene * 0.8, $"stored fields: archive codec {archive} bytes, default codec {lucene} bytes");
    }

    [Fact]
    public void Segments_written_with_lucenes_default_codec_still_read_and_merge_with_archive_segments()
    {
        var path = Path.Combine(root, "mixed");
        using var directory = FSDirectory.Open(path);
        WriteOne(directory, Codec.Default, "旧格式的文章。");
        WriteOne(directory, new ArchiveCodec(), "新格式的文章。");

        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ArchiveIndex.Version, new WhitespaceAnalyzer(ArchiveIndex.Version)) { Codec = new ArchiveCodec() }))
            writer.ForceMerge(1);

        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(["新格式的文章。", "旧格式的文章。"], Enumerable.Range(0, reader.MaxDoc).Select(d => reader.Document(d).Get("body")).Order(StringComparer.Ordinal).ToArray());
    }

    private long StoredBytes(string name, Codec codec)
    {
        var path = Path.Combine(root, name);
        using (var directory = FSDirectory.Open(path))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ArchiveIndex.Version, new WhitespaceAnalyzer(ArchiveIndex.Version)) { Codec = codec, UseCompoundFile = false }))
        {
            foreach (var text in NewsText())
                writer.AddDocument(new Document { new StoredField("body", text) });
            writer.ForceMerge(1);
        }

        return new DirectoryInfo(path).EnumerateFiles("*.fdt").Sum(f => f.Length);
    }

    private static void WriteOne(Lucene.Net.Store.Directory directory, Codec codec, string text)
    {
        using var writer = new IndexWriter(directory, new IndexWriterConfig(ArchiveIndex.Version, new WhitespaceAnalyzer(ArchiveIndex.Version)) { Codec = codec });
        writer.AddDocument(new Document { new StoredField("body", text) });
        writer.Commit();
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(root))
            System.IO.Directory.Delete(root, recursive: true);
    }
}
