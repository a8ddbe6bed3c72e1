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
    public void Past_the_cap_it_stops_at_one_more_than_the_cap()
    {
        var (all, counted) = Count(cap: 2);

        Assert.True(all > 3, $"{all} articles");
        Assert.Equal(3, counted.Count);
        Assert.True(counted.ReachedCap);
    }

    private (int All, CappedHitCounter Counted) Count(int cap) => samples.Archive.Workspace.Index.Read(searcher =>
    {
        var all = new TotalHitCountCollector();
        searcher.Search(Articles, all);
        var counted = new CappedHitCounter(cap);
        searcher.Search(Articles, counted);
        return (all.TotalHits, counted);
    });
}
