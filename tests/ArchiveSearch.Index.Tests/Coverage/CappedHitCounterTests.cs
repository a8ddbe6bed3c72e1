using ArchiveSearch.Index.Coverage;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Tests.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Tests.Coverage;

/// <summary>The capped counter: the true count up to its cap, one past the cap when more documents match.</summary>
public sealed class CappedHitCounterTests(SampleArchive samples) : IClassFixture<SampleArchive>
{
    private static readonly Query Articles = new TermQuery(new Term(ArticleFields.DocType, DocTypes.Article));

    [Fact]
    public void Below_the_cap_it_counts_every_match()
    {
        var (all, counted) = Count(cap: 100_000);

        Assert.True(all > 3, $"{all} articles");
        Assert.Equal(all, counted.Count);
        Assert.False(counted.ReachedCap);
    }

    [Fact]
    public void Below_the_cap_it_keeps_every_matching_document_in_index_order() => samples.Archive.Workspace.Index.Read(searcher =>
    {
        var counted = new CappedHitCounter(100_000);
        searcher.Search(Articles, counted);

        var all = searcher.Search(Articles, 100_000).ScoreDocs.Select(d => d.Doc).Order().ToList();
        Assert.Equal(all, counted.Docs);
        return 0;
    });

    [Fact]
    public void Past_the_cap_it_stops_at_one_more_than_the_cap()
    {
        var (all, counted) = Count(cap: 2);

        Assert.True(all > 3, $"{all} articles");
        Assert.Equal(3, counted.Count);
        Assert.True(counted.ReachedCap);
    }

    [Fact]
    public void Counting_to_the_end_its_estimate_is_the_true_count()
    {
        var (all, counted) = Count(cap: 100_000);

        Assert.Equal(all, counted.Estimate(MaxDoc()));
    }

    [Fact]
    public void Stopped_at_the_cap_its_estimate_scales_the_count_to_the_whole_index()
    {
        var (all, counted) = Count(cap: 2);

        Assert.InRange(counted.Passed, 3, MaxDoc() - 1);
        Assert.Equal((int)((long)counted.Count * MaxDoc() / counted.Passed), counted.Estimate(MaxDoc()));
        Assert.True(counted.Estimate(MaxDoc()) > counted.Count, $"estimate {counted.Estimate(MaxDoc())} of {all}");
    }

    private int MaxDoc() => samples.Archive.Workspace.Index.Read(searcher => searcher.IndexReader.MaxDoc);

    private (int All, CappedHitCounter Counted) Count(int cap) => samples.Archive.Workspace.Index.Read(searcher =>
    {
        var all = new TotalHitCountCollector();
        searcher.Search(Articles, all);
        var counted = new CappedHitCounter(cap);
        searcher.Search(Articles, counted);
        return (all.TotalHits, counted);
    });
}
