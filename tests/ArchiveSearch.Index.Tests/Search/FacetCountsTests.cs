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
        searcher.Search(ExactQueries.Contains(ExactField.Text, "杜鹃花")!, collector);
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

    [Fact]
    public void Every_facet_counts_what_the_hits_own_stored_values_say_across_segments()
    {
        var (facets, expected) = fixture.Index.Read(searcher =>
        {
            var query = ExactQueries.Contains(ExactField.Text, "。")!;
            var collector = new FacetCountingCollector(TopScoreDocCollector.Create(10, docsScoredInOrder: false));
            searcher.Search(query, collector);
            var all = new AllHits();
            searcher.Search(query, all);
            var stored = all.Docs.Select(d => ArticleDocuments.Read(searcher.Doc(d))).ToList();
            return (collector.Result(20), stored);
        });

        static string[] Counted(IEnumerable<string?> values) =>
            values.OfType<string>().GroupBy(v => v).Select(g => $"{g.Key}={g.Count()}").Order(StringComparer.Ordinal).ToArray();
        static string[] Of(IReadOnlyList<FacetValue> values) => values.Select(v => $"{v.Value}={v.Count}").Order(StringComparer.Ordinal).ToArray();
        Assert.True(fixture.Index.Read(s => s.IndexReader.Leaves.Count) > 1, "the fixture should span several segments");
        Assert.Equal(Counted(expected.Select(a => a.Paper)), Of(facets.Paper));
        Assert.Equal(Counted(expected.Select(a => a.Date?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))), Of(facets.Year));
        Assert.Equal(Counted(expected.SelectMany(a => a.Authors.Select(x => x.Name))), Of(facets.Author));
        Assert.Equal(Counted(expected.Select(a => a.Kind)), Of(facets.Kind));
    }

    private sealed class AllHits : ICollector
    {
        private int docBase;

        public List<int> Docs { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void Collect(int doc) => Docs.Add(docBase + doc);

        public void SetNextReader(Lucene.Net.Index.AtomicReaderContext context) => docBase = context.DocBase;
    }
}
