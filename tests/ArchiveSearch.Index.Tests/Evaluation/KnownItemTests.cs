using ArchiveSearch.Index.Evaluation;
using ArchiveSearch.Testing;
using Xunit.Abstractions;

namespace ArchiveSearch.Index.Tests.Evaluation;

/// <summary>
/// The known-item queries of eval/known-items.tsv, as an archivist or editor would type them: the wanted
/// article comes first for nearly all of them.
/// </summary>
public sealed class KnownItemTests(ITestOutputHelper output)
{
    [Fact]
    public void Sample_queries_find_their_article_first() => Evaluate("samples", Path.Combine(SharedFolder.RepositoryRoot, "samples"), minMrr: 0.9);

    [SharedFact("seeds")]
    public void Shared_page_queries_find_their_article_first() => Evaluate("seeds", SharedFolder.Seeds!, minMrr: 0.85);

    [Fact]
    public void A_subject_typed_alone_finds_the_article_about_it_before_items_that_mention_it() =>
        Evaluate("samples", Path.Combine(SharedFolder.RepositoryRoot, "samples"), minMrr: 0.9, parts: ["subject", "subject-aside"]);

    [SharedFact("seeds")]
    public void A_subject_of_the_shared_pages_finds_the_article_about_it_first() =>
        Evaluate("seeds", SharedFolder.Seeds!, minMrr: 0.9, parts: ["subject", "subject-aside"]);

    private void Evaluate(string name, string folder, double minMrr, string[]? parts = null)
    {
        var inbox = Directory.CreateTempSubdirectory("archivesearch-known-");
        try
        {
            var target = Directory.CreateDirectory(Path.Combine(inbox.FullName, name));
            foreach (var file in Directory.GetFiles(folder).Where(f => f.EndsWith(".txt") || f.EndsWith(".json")))
                File.Copy(file, Path.Combine(target.FullName, Path.GetFileName(file)));
            using var archive = new IndexedArchive(inbox.FullName);
            var items = KnownItemEvaluation.Parse(File.ReadAllLines(Path.Combine(SharedFolder.RepositoryRoot, "eval", "known-items.tsv")))
                .Where(i => (parts ?? [KnownItemEvaluation.GeneralPart]).Contains(i.Part) && i.PagePath.StartsWith(name + "/", StringComparison.Ordinal))
                .ToList();

            var report = KnownItemEvaluation.Run(archive.Workspace.Search, items);

            foreach (var miss in report.Results.Where(r => r.Rank != 1))
                output.WriteLine($"rank {miss.Rank?.ToString() ?? "-"}: {miss.Item.Query} (first: {miss.FirstTitle})");
            output.WriteLine($"{report.Queries} queries: MRR@10 {report.MeanReciprocalRank:F3}, recall@10 {report.Recall:F3}");
            Assert.NotEmpty(items);
            Assert.True(report.MeanReciprocalRank >= minMrr, $"MRR@10 {report.MeanReciprocalRank:F3} is below {minMrr}");
        }
        finally
        {
            inbox.Delete(recursive: true);
        }
    }
}
