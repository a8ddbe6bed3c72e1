using ArchiveSearch.Index.Coverage;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Tests.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Tests.Coverage;

/// <summary>Which documents earlier coverage may answer: articles, not the one it is for, before the day asked.</summary>
public sealed class CandidateFilterTests(ArticleFixture archive) : IClassFixture<ArticleFixture>
{
    [Fact]
    public void It_keeps_articles_published_before_the_day_and_leaves_out_the_excluded_one_and_the_undated() => archive.Index.Read(searcher =>
    {
        var everyDoc = Enumerable.Range(0, searcher.IndexReader.MaxDoc).ToList();
        var excluded = Articles(searcher).First(d => ArticleDocuments.Read(searcher.Doc(d)).Date == new DateOnly(2021, 3, 2));

        var kept = new CandidateFilter(excluded, new DateOnly(2022, 6, 1)).Keep(searcher.IndexReader, everyDoc);

        var dates = kept.Select(d => ArticleDocuments.Read(searcher.Doc(d)).Date).ToList();
        Assert.Equal(3, kept.Count);
        Assert.DoesNotContain(excluded, kept);
        Assert.All(dates, date => Assert.True(date < new DateOnly(2022, 6, 1), $"{date}"));
        Assert.Equal(kept.Order(), kept);
        return 0;
    });

    [Fact]
    public void Without_a_day_it_keeps_every_article_undated_ones_too_and_no_other_document() => archive.Index.Read(searcher =>
    {
        var everyDoc = Enumerable.Range(0, searcher.IndexReader.MaxDoc).ToList();

        var kept = new CandidateFilter(null, null).Keep(searcher.IndexReader, everyDoc);

        Assert.Equal(Articles(searcher), kept);
        Assert.Contains(kept, d => ArticleDocuments.Read(searcher.Doc(d)).Date is null);
        Assert.True(kept.Count < everyDoc.Count, "page records are documents too");
        return 0;
    });

    private static List<int> Articles(IndexSearcher searcher) =>
        searcher.Search(new TermQuery(new Term(ArticleFields.DocType, DocTypes.Article)), 1000).ScoreDocs.Select(d => d.Doc).Order().ToList();
}
