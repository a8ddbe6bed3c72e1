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

    [Fact]
    public void Bench_with_profile_times_the_stages_of_every_shape_that_searches()
    {
        var (exit, output, error) = CliProcess.Run("bench", "--pages", "8", "--rounds", "1", "--clients", "1", "--profile");

        Assert.True(exit == 0, error);
        var profile = JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement.GetProperty("profile");
        Assert.Equal(Shapes.Order(), profile.EnumerateObject().Select(s => s.Name).Order());
        foreach (var shape in profile.EnumerateObject().Where(s => s.Name != "coverage"))
        {
            foreach (var stage in new[] { "total_ms", "parse_ms", "collect_ms", "match_only_ms", "facet_values_ms", "json_ms" })
                Assert.True(shape.Value.TryGetProperty(stage, out var ms) && ms.GetDouble() >= 0, $"{shape.Name}: {stage}");
        }

        Assert.True(profile.GetProperty("one_word").GetProperty("stored_fields_ms").GetDouble() > 0);
        var coverage = profile.GetProperty("coverage");
        foreach (var stage in new[] { "total_ms", "draft_words_ms", "draft_names_ms", "candidates_ms" })
            Assert.True(coverage.TryGetProperty(stage, out var ms) && ms.GetDouble() >= 0, $"coverage: {stage}");
    }

    [Fact]
    public void Bench_refuses_profile_over_http_where_the_stages_cannot_be_seen()
    {
        var (exit, _, error) = CliProcess.Run("bench", "--http", "http://127.0.0.1:5562", "--profile");

        Assert.Equal(2, exit);
        Assert.Contains("--profile", error);
    }

    [Fact]
    public void Articles_of_real_length_are_about_twice_as_long_as_the_short_ones_of_earlier_figures()
    {
        double MeanLength(string lengths)
        {
            var (exit, output, error) = CliProcess.Run("bench", "--pages", "30", "--rounds", "1", "--clients", "1", "--lengths", lengths);
            Assert.True(exit == 0, error);
            var report = JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement;
            Assert.Equal(lengths, report.GetProperty("lengths").GetString());
            return report.GetProperty("chars").GetDouble() / report.GetProperty("articles").GetInt32();
        }

        var real = MeanLength("real");
        var @short = MeanLength("short");

        // The real pages' items average about 590 characters (scripts/article-lengths.py), the earlier generator's about 285.
        Assert.InRange(real, 450, 700);
        Assert.InRange(@short, 200, 350);
    }
}
