using System.Text.Json;

namespace ArchiveSearch.Cli.Tests.Bench;

/// <summary><c>archivesearch bench</c> as a user runs it: a small archive generated, indexed and queried.</summary>
public sealed class BenchCommandTests
{
    private static readonly string[] Shapes =
        ["one_word", "two_words", "common_char", "name", "phrase", "or", "exclusion", "date_filter", "sort_by_date", "deep_page", "coverage"];

    [Fact]
    public void Bench_indexes_generated_pages_runs_every_query_shape_and_exports_the_same_articles_for_the_peer()
    {
        var work = Directory.CreateTempSubdirectory("archivesearch-bench-test-");
        try
        {
            var tsv = Path.Combine(work.FullName, "articles.tsv");
            var (exit, output, error) = CliProcess.Run("bench", "--pages", "8", "--rounds", "1", "--clients", "2", "--export-tsv", tsv);

            Assert.True(exit == 0, error);
            var report = JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement;
            var articles = report.GetProperty("articles").GetInt32();
            Assert.True(articles >= 8, $"{articles} articles from 8 pages");
            Assert.Equal(0, report.GetProperty("errors").GetInt32());
            foreach (var figure in new[] { "index_chars_per_s", "index_bytes", "peak_rss_bytes", "qps", "p50_ms", "p99_ms", "cpu_ms_per_query" })
                Assert.True(report.GetProperty(figure).GetDouble() > 0, figure);
            Assert.Equal(Shapes.Order(), report.GetProperty("shapes").EnumerateObject().Select(s => s.Name).Order());
            Assert.True(report.GetProperty("clients_2").GetProperty("qps").GetDouble() > 0);

            var lines = File.ReadAllLines(tsv);
            Assert.Equal(articles, lines.Length);
            Assert.All(lines, line => Assert.Equal(3, line.Split('\t').Length));
            Assert.Equal(report.GetProperty("chars").GetInt64(), lines.Sum(l => (long)l.Split('\t')[1].Length + l.Split('\t')[2].Replace("\\n", "\n").Length));
            Assert.NotEmpty(File.ReadAllLines(Path.ChangeExtension(tsv, ".queries.txt")));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
