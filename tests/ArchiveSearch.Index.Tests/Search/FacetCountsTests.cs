using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Tests.Search;

public sealed class FacetCountsTests : IClassFixture<ArticleFixture>
{
    private readonly ArticleFixture fixture;

    public FacetCountsTests(ArticleFixture fixture) => this.fixture = fixture;

    private Facets Count(int exactUpTo) => fixture.Index.Read(searcher =>
    {
        var collector = new FacetCountingCollector(TopScoreDocCollector.Create(10, docsScoredInOrder: false), exactUpTo);
        searcher.Search(ExactQueries.Contains(ExactField.Text, "杜鹃花"), collector);
        return collector.Result(20);
    });

    [Fact]
    public void Up_to_the_bound_every_hit_is_counted_and_the_counts_say_they_are_exact()
    {
        var facets = Count(exactUpTo: 100);

        Assert.False(facets.Sampled);
        Assert.Equal(5, facets.Kind.Sum(k => k.Count));
        Assert.Equal(fixture.Find("杜鹃花").Facets.Paper, facets.Paper);
    }

    [Fact]
    public void Beyond_the_bound_only_a_sample_is_counted_and_the_counts_say_so()
    {
        var facets = Count(exactUpTo: 2);

        Assert.True(facets.Sampled);
        // Hits 3 to 5 fall between the samples (every 8th hit), so only the first two are counted.
        Assert.Equal(2, facets.Kind.Sum(k => k.Count));
    }

    [Fact]
    public void Searches_of_a_small_archive_report_exact_facets()
    {
        Assert.False(fixture.Find("杜鹃花").Facets.Sampled);
    }
}
