using System.Text.Json;
using ArchiveSearch.Testing;

namespace ArchiveSearch.Cli.Tests;

/// <summary>The command-line tool as a user runs it: a real process, its output and exit code.</summary>
public sealed class CliTests
{
    private static (int Exit, string Out, string Error) Run(params string[] args) => CliProcess.Run(args);

    [Fact]
    public void Split_prints_one_json_line_per_article()
    {
        var (exit, output, _) = Run("split", "samples/jiangcheng-2024-03-15-01.txt");

        Assert.Equal(0, exit);
        var articles = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, articles.Count);
        Assert.Equal("青石县图书馆试行夜间开放", articles[0].GetProperty("title").GetString());
        Assert.Equal("周明远", articles[0].GetProperty("authors")[0].GetProperty("name").GetString());
        foreach (var field in new[] { "kind", "title", "subtitle", "byline", "authors", "body" })
            Assert.True(articles[0].TryGetProperty(field, out _), field);
    }

    [Fact]
    public void Eval_coverage_prints_the_figures_of_the_tuning_and_aside_parts_and_only_the_tuning_drafts()
    {
        var (exit, output, _) = Run("eval", "--coverage", "--seeds", Path.Combine(Path.GetTempPath(), "no-seeds-here"));

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var parts = lines.Where(l => l.StartsWith("{\"part\"", StringComparison.Ordinal)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["tune", "aside"], parts.Select(p => p.GetProperty("part").GetString()));
        foreach (var field in new[] { "precision_at_3", "unrelated_empty", "filler_free_lists", "median_ms" })
            Assert.All(parts, p => Assert.True(p.TryGetProperty(field, out _), field));
        Assert.True(parts[0].GetProperty("precision_at_3").GetDouble() >= 0.9);
        Assert.True(parts[0].GetProperty("unrelated_empty").GetDouble() >= 0.85);
        // Per-draft lines are printed for the tuning part only: the aside drafts' answers stay out of sight.
        var asideLines = File.ReadLines(Path.Combine(SharedFolder.RepositoryRoot, "eval", "coverage-drafts.tsv")).Select((l, i) => (Line: i + 1, Text: l)).Where(l => l.Text.StartsWith("aside\t", StringComparison.Ordinal)).Select(l => $"line {l.Line,3}");
        Assert.All(asideLines, marker => Assert.DoesNotContain(lines, l => l.Contains(marker, StringComparison.Ordinal)));
    }

    [Fact]
    public void Split_explain_prints_every_line_decision_with_its_rule()
    {
        var (exit, output, _) = Run("split", "--explain", "samples/jiangcheng-2024-03-15-01.txt");

        Assert.Equal(0, exit);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split('\t')).ToList();
        Assert.All(rows, r => Assert.Equal(5, r.Length));
        Assert.Contains(rows, r => r[0] == "classification" && r[1] == "heading-shape" && r[4] == "青石县图书馆试行夜间开放");
        Assert.Contains(rows, r => r[0] == "assembly" && r[2] == "starts an item");
    }

    [Fact]
    public void Split_refuses_an_unreadable_page_with_its_reason()
    {
        var empty = Path.GetTempFileName();
        try
        {
            var (exit, _, error) = Run("split", empty);

            Assert.Equal(1, exit);
            Assert.Contains("empty", error);
        }
        finally
        {
            File.Delete(empty);
        }
    }

    [Fact]
    public void Analyze_prints_tokens_as_tab_separated_term_offsets_increment_and_type()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "我们是中国人。");
        try
        {
            var (exit, output, _) = Run("analyze", file);

            Assert.Equal(0, exit);
            Assert.Equal(["我们\t0\t2\t1\tword", "是\t2\t3\t1\tword", "中国\t3\t5\t1\tword", "人\t5\t6\t1\tword"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Analyze_compare_lucenenet_prints_both_speeds_the_median_ratio_and_where_the_tokens_differ()
    {
        var file = Path.GetTempFileName();
        // A word broken by a line wrap: ours joins it as Java does, the package's analyzer splits it.
        File.WriteAllText(file, "我国的劳动\n力资源十分丰富。");
        try
        {
            var (exit, output, _) = Run("analyze", "--compare-lucenenet", file, "1", "--rounds", "1");

            Assert.Equal(0, exit);
            var lines = output.Split('\n');
            Assert.Contains(lines, l => l.StartsWith("ours ", StringComparison.Ordinal) && l.Contains("chars_per_s"));
            Assert.Contains(lines, l => l.StartsWith("lucenenet ", StringComparison.Ordinal) && l.Contains("chars_per_s"));
            Assert.Contains(lines, l => l.StartsWith("median ratio ", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("tokens: ", StringComparison.Ordinal) && l.EndsWith("in 1 place", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains("ours [劳动力]") && l.Contains("Lucene.Net [劳动 力]"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Split_eval_prints_boundary_precision_and_recall()
    {
        var (exit, output, _) = Run("split", "--eval");

        Assert.Equal(0, exit);
        var summary = JsonDocument.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]).RootElement;
        Assert.True(summary.GetProperty("boundary_precision").GetDouble() > 0.9);
        Assert.True(summary.GetProperty("boundary_recall").GetDouble() > 0.9);
    }

    [Fact]
    public void Split_prints_each_items_cut_verdict_with_its_reasons()
    {
        var (exit, output, _) = Run("split", "eval/column-mixups/pages/dev/tongshan-2024-06-04-02.txt");

        Assert.Equal(0, exit);
        var cuts = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("cut")).ToList();
        Assert.All(cuts, cut => Assert.Contains(cut.GetProperty("verdict").GetString(), new[] { "sure", "unsure" }));
        Assert.All(cuts, cut => Assert.Equal(cut.GetProperty("verdict").GetString() == "unsure", cut.GetProperty("reasons").GetArrayLength() > 0));
        var reason = cuts.First(c => c.GetProperty("verdict").GetString() == "unsure").GetProperty("reasons")[0];
        Assert.False(string.IsNullOrEmpty(reason.GetProperty("rule").GetString()));
        Assert.False(string.IsNullOrEmpty(reason.GetProperty("words").GetString()));
    }

    [Fact]
    public void Split_eval_prints_the_shares_of_wrong_and_right_items_flagged_and_the_passages_held()
    {
        var (exit, output, _) = Run("split", "--eval", "--expectations", "eval/column-mixups/dev.tsv");

        Assert.Equal(0, exit);
        var summary = JsonDocument.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]).RootElement;
        Assert.InRange(summary.GetProperty("wrong_flagged").GetDouble(), 0, 1);
        Assert.InRange(summary.GetProperty("right_flagged").GetDouble(), 0, 1);
        Assert.True(summary.GetProperty("items_wrong").GetInt32() + summary.GetProperty("items_right").GetInt32() > 0);
        Assert.Equal(10, summary.GetProperty("holdings_marked").GetInt32());
        Assert.Contains("flagged unsure: wrong", output);
    }
}
