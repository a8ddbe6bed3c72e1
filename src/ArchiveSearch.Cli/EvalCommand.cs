using System.CommandLine;
using System.Globalization;
using ArchiveSearch.Index.Composition;
using ArchiveSearch.Index.Evaluation;
using Microsoft.Extensions.Logging;

namespace ArchiveSearch.Cli;

/// <summary>
/// <c>eval</c>: known-item evaluation. Indexes the sample pages (and the shared pages when present) into a
/// fresh index, runs the known-item queries and prints where each wanted article lands, then MRR@10 and recall@10.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var queries = new Option<FileInfo>("--queries") { Description = "TSV of known-item queries", DefaultValueFactory = _ => new FileInfo("eval/known-items.tsv") };
        var samples = new Option<DirectoryInfo>("--samples") { Description = "the project's sample pages", DefaultValueFactory = _ => new DirectoryInfo("samples") };
        var seeds = new Option<DirectoryInfo>("--seeds") { Description = "the shared real pages, used when present", DefaultValueFactory = _ => new DirectoryInfo("../shared/seeds") };
        var command = new Command("eval", "Known-item evaluation: MRR@10 and recall@10 of hand-written queries") { queries, samples, seeds };
        command.SetAction(parse =>
        {
            var inbox = Directory.CreateTempSubdirectory("archivesearch-eval-");
            try
            {
                var items = KnownItemEvaluation.Parse(File.ReadAllLines(parse.GetValue(queries)!.FullName));
                var available = new List<string>();
                foreach (var (name, folder) in new[] { ("samples", parse.GetValue(samples)!), ("seeds", parse.GetValue(seeds)!) })
                {
                    if (!folder.Exists)
                    {
                        Console.Error.WriteLine($"{folder.FullName} is absent: its queries are skipped");
                        continue;
                    }

                    var target = Directory.CreateDirectory(Path.Combine(inbox.FullName, name));
                    foreach (var file in folder.GetFiles("*.*").Where(f => f.Extension is ".txt" or ".json"))
                        file.CopyTo(Path.Combine(target.FullName, file.Name));
                    available.Add(name + "/");
                }

                var runnable = items.Where(i => available.Any(prefix => i.PagePath.StartsWith(prefix, StringComparison.Ordinal))).ToList();
                using var workspace = new ArchiveWorkspace(Path.Combine(inbox.FullName, ".index"), logging: l => l.AddSimpleConsole(c => c.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
                workspace.Ingest(inbox.FullName);
                var report = KnownItemEvaluation.Run(workspace.Search, runnable);
                foreach (var result in report.Results)
                {
                    var rank = result.Rank?.ToString(CultureInfo.InvariantCulture) ?? "-";
                    Console.WriteLine($"{rank,3}  {result.Item.Query}  →  {result.Item.TitleContains}{(result.Rank == 1 ? "" : $"   (first: {result.FirstTitle})")}");
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{{\"queries\":{report.Queries},\"skipped\":{items.Count - runnable.Count},\"mrr_at_10\":{report.MeanReciprocalRank:F3},\"recall_at_10\":{report.Recall:F3},\"success_at_1\":{report.SuccessAtOne:F3}}}"));
                // Each part on its own line, so a part kept aside from tuning is read apart from the one tuned on.
                foreach (var part in report.Results.GroupBy(r => r.Item.Part))
                {
                    var partReport = new KnownItemReport(part.ToList(), report.Cutoff);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{{\"part\":\"{part.Key}\",\"queries\":{partReport.Queries},\"mrr_at_10\":{partReport.MeanReciprocalRank:F3},\"recall_at_10\":{partReport.Recall:F3},\"success_at_1\":{partReport.SuccessAtOne:F3}}}"));
                }
                return 0;
            }
            finally
            {
                inbox.Delete(recursive: true);
            }
        });
        return command;
    }
}
