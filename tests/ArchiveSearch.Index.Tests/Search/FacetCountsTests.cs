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
            var all = new ArchiveSearch.Index.Store.AllDocsCollector();
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

    [Fact]
    public void Searches_on_many_threads_at_once_count_the_same_facets_as_each_search_alone()
    {
        static string Describe(Facets f) => string.Join(";", new[] { f.Paper, f.Year, f.Author, f.Kind }.Select(values => string.Join(",", values.Select(v => $"{v.Value}={v.Count}"))));
        string[] queries = ["杜鹃花", "。", "王卢莎", "开幕"];
        var alone = queries.ToDictionary(q => q, q => Describe(fixture.Find(q).Facets));

        // A search that fails or miscounts under concurrency fails the test (Parallel.For rethrows).
        var wrong = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, worker =>
        {
            for (var i = 0; i < 250; i++)
            {
                var query = queries[(worker + i) % queries.Length];
                if (Describe(fixture.Find(query).Facets) != alone[query])
                    wrong.Add(query);
            }
        });

        Assert.Empty(wrong);
    }
}
