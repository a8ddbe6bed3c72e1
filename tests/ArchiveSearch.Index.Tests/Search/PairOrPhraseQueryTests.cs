using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Index.Store;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArchiveSearch.Index.Tests.Search;

/// <summary>
/// A two-character string while an index of an earlier version is brought up to date: documents indexed before
/// pairs existed are still found, through the phrase, in whatever segment they stand.
/// </summary>
public sealed class PairOrPhraseQueryTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "pair-or-phrase-" + Guid.NewGuid().ToString("N"));
    private readonly ArchiveAnalyzers analyzers = ArchiveAnalyzers.Create(NullLogger.Instance);

    public void Dispose()
    {
        analyzers.Dispose();
        System.IO.Directory.Delete(path, recursive: true);
    }

    private static Document Article(string text, bool withPairs)
    {
        var doc = new Document { new TextField(ExactField.Text.Name, text, Field.Store.NO) };
        if (withPairs)
            doc.Add(new TextField(ExactField.Text.Pairs, text, Field.Store.NO));
        return doc;
    }

    private (int Total, bool[] PairsCover) Search(string text, bool withOldArticle, bool mergeToOne)
    {
        using var directory = FSDirectory.Open(path);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ArchiveIndex.Version, analyzers.PerField) { Codec = new ArchiveCodec() }))
        {
            if (withOldArticle)
            {
                writer.AddDocument(Article("山上的杜鹃花开了", withPairs: false));
                writer.Commit();
            }

            writer.AddDocument(Article("杜鹃花节今日开幕", withPairs: true));
            writer.AddDocument(Article("湖边春色", withPairs: true));
            if (mergeToOne)
                writer.ForceMerge(1);
            writer.Commit();
        }

        using var reader = DirectoryReader.Open(directory);
        var query = Assert.IsType<PairOrPhraseQuery>(ExactQueries.Contains(ExactField.Text, text));
        var total = new IndexSearcher(reader).Search(query, 10).TotalHits;
        return (total, reader.Leaves.Select(leaf => query.PairsCover(leaf.AtomicReader)).ToArray());
    }

    [Fact]
    public void In_an_index_whose_articles_all_have_pairs_every_segment_answers_from_the_pair_term()
    {
        var (total, cover) = Search("杜鹃", withOldArticle: false, mergeToOne: false);

        Assert.Equal(1, total);
        Assert.All(cover, Assert.True);
    }

    [Fact]
    public void An_article_indexed_before_pairs_is_found_in_a_segment_of_its_own()
    {
        var (total, cover) = Search("杜鹃", withOldArticle: true, mergeToOne: false);

        Assert.Equal(2, total);
        Assert.Contains(false, cover);
        Assert.Contains(true, cover);
    }

    [Fact]
    public void An_article_indexed_before_pairs_is_found_after_a_merge_put_it_beside_newer_ones()
    {
        var (total, cover) = Search("杜鹃", withOldArticle: true, mergeToOne: true);

        Assert.Equal(2, total);
        Assert.Equal([false], cover);
    }
}
