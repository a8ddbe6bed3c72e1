using System.CommandLine;
using System.Globalization;
using ArchiveSearch.Index.Composition;
using ArchiveSearch.Index.Evaluation;
using Microsoft.Extensions.Logging;

namespace ArchiveSearch.Cli;

/// <summary>
/// <c>eval</c>: indexes the sample pages (and the shared pages when present) into a fresh index, then either
/// runs the known-item queries (MRR@10, recall@10) or, with <c>--coverage</c>, the earlier-coverage drafts.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var queries = new Option<FileInfo>("--queries") { Description = "TSV of known-item queries", DefaultValueFactory = _ => new FileInfo("eval/known-items.tsv") };
        var coverage = new Option<bool>("--coverage") { Description = "evaluate earlier coverage with the drafts of --drafts instead of the known-item queries" };
        var calibrate = new Option<bool>("--calibrate") { Description = "with --coverage: scores of the tuning drafts with no threshold, and the thresholds that separate them" };
        var distractors = new Option<FileInfo?>("--distractors") { Description = "with --coverage: a text file whose paragraphs (one a line) are indexed as extra articles no draft is about, e.g. ../shared/corpus/pku_test.txt" };
        var drafts = new Option<FileInfo>("--drafts") { Description = "TSV of coverage drafts", DefaultValueFactory = _ => new FileInfo("eval/coverage-drafts.tsv") };
        var samples = new Option<DirectoryInfo>("--samples") { Description = "the project's sample pages", DefaultValueFactory = _ => new DirectoryInfo("samples") };
        var seeds = new Option<DirectoryInfo>("--seeds") { Description = "the shared real pages, used when present", DefaultValueFactory = _ => new DirectoryInfo("../shared/seeds") };
        var command = new Command("eval", "Known-item evaluation (MRR@10, recall@10), or with --coverage the earlier-coverage evaluation") { queries, coverage, calibrate, distractors, drafts, samples, seeds };
        command.SetAction(parse =>
        {
            using var inbox = new EvaluationInbox(parse.GetValue(samples)!, parse.GetValue(seeds)!);
            if (parse.GetValue(distractors) is { } extra)
                Console.Error.WriteLine($"{inbox.AddDistractors(extra)} distractor articles from {extra.FullName}");
            using var workspace = new ArchiveWorkspace(inbox.IndexPath, logging: l => l.AddSimpleConsole(c => c.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
            workspace.Ingest(inbox.Path);
            return parse.GetValue(coverage)
                ? CoverageEvalOutput.Print(workspace, inbox, CoverageEvaluation.Parse(File.ReadAllLines(parse.GetValue(drafts)!.FullName)), parse.GetValue(calibrate))
                : KnownItems(workspace, inbox, KnownItemEvaluation.Parse(File.ReadAllLines(parse.GetValue(queries)!.FullName)));
        });
        return command;
    }

    private static int KnownItems(ArchiveWorkspace workspace, EvaluationInbox inbox, IReadOnlyList<KnownItem> items)
    {
        var runnable = items.Where(i => inbox.Holds(i.PagePath)).ToList();
        var report = KnownItemEvaluation.Run(workspace.Search, runnable);
        foreach (var result in report.Results)
        {
            var rank = result.Rank?.ToString(CultureInfo.InvariantCulture) ?? "-";
            Console.WriteLine($"{rank,3}  {result.Item.Query}  →  {result.Item.TitleContains}{(result.Rank == 1 ? "" : $"   (first: {result.FirstTitle})")}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"queries\":{report.Queries},\"skipped\":{items.Count - runnable.Count},\"mrr_at_10\":{report.MeanReciprocalRank:F3},\"recall_at_10\":{report.Recall:F3},\"success_at_1\":{report.SuccessAtOne:F3}}}"));
        return 0;
    }
}
