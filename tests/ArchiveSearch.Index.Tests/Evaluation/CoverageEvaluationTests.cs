using ArchiveSearch.Index.Coverage;
using ArchiveSearch.Index.Evaluation;
using ArchiveSearch.Testing;
using Xunit.Abstractions;

namespace ArchiveSearch.Index.Tests.Evaluation;

/// <summary>
/// The tuning part of eval/coverage-drafts.tsv as a regression check (its figures were tuned on, so they are a
/// floor, not a measure; the aside part is reported by <c>archivesearch eval --coverage</c>).
/// </summary>
public sealed class CoverageEvaluationTests(ITestOutputHelper output)
{
    private static IReadOnlyList<CoverageDraft> Drafts() =>
        CoverageEvaluation.Parse(File.ReadAllLines(Path.Combine(SharedFolder.RepositoryRoot, "eval", "coverage-drafts.tsv")));

    [Fact]
    public void The_draft_set_has_related_and_unrelated_drafts_with_a_part_kept_aside()
    {
        var drafts = Drafts();

        Assert.True(drafts.Count >= 30, $"{drafts.Count} drafts");
        var aside = drafts.Count(d => d.Part == CoverageEvaluation.AsidePart) / (double)drafts.Count;
        Assert.InRange(aside, 0.25, 0.5);
        Assert.Contains(drafts, d => d.Part == CoverageEvaluation.AsidePart && !d.Related);
        Assert.Contains(drafts, d => d.Part == CoverageEvaluation.AsidePart && d.Related);
    }

    [Fact]
    public void Tuning_drafts_over_the_sample_pages_find_their_story_and_stay_empty_when_unrelated() =>
        Evaluate(includeSeeds: false);

    [SharedFact("seeds")]
    public void Tuning_drafts_over_the_sample_and_shared_pages_find_their_story_and_stay_empty_when_unrelated() =>
        Evaluate(includeSeeds: true);

    private void Evaluate(bool includeSeeds)
    {
        var inbox = Directory.CreateTempSubdirectory("archivesearch-coverage-");
        try
        {
            var folders = new List<(string Name, string Path)> { ("samples", Path.Combine(SharedFolder.RepositoryRoot, "samples")) };
            if (includeSeeds)
                folders.Add(("seeds", SharedFolder.Seeds!));
            foreach (var (name, folder) in folders)
            {
                var target = Directory.CreateDirectory(Path.Combine(inbox.FullName, name));
                foreach (var file in Directory.GetFiles(folder).Where(f => f.EndsWith(".txt") || f.EndsWith(".json")))
                    File.Copy(file, Path.Combine(target.FullName, Path.GetFileName(file)));
            }

            using var archive = new IndexedArchive(inbox.FullName);
            var drafts = Drafts()
                .Where(d => d.Part == CoverageEvaluation.TuningPart)
                .Where(d => d.Expected.All(e => folders.Any(f => e.PagePath.StartsWith(f.Name + "/", StringComparison.Ordinal))))
                .ToList();

            var tuning = CoverageEvaluation.Run(archive.Workspace.Coverage, archive.Workspace.Index, drafts).Single(p => p.Part == CoverageEvaluation.TuningPart);

            foreach (var result in tuning.Results.Where(r => r.Draft.Related ? !r.FoundInTop3 : !r.AnsweredEmpty))
                output.WriteLine($"line {result.Draft.Line}: {string.Join(" | ", result.Titles.Take(3))}");
            output.WriteLine($"precision@3 {tuning.PrecisionAt3:F3}, unrelated empty {tuning.UnrelatedEmpty:F3}, filler-free lists {tuning.FillerFreeLists:F3}");
            Assert.True(tuning.RelatedDrafts >= 10 && tuning.UnrelatedDrafts >= 5);
            Assert.True(tuning.PrecisionAt3 >= 0.9, $"precision@3 {tuning.PrecisionAt3:F3}");
            Assert.True(tuning.UnrelatedEmpty >= 0.85, $"unrelated drafts answered empty {tuning.UnrelatedEmpty:F3}");
            Assert.Equal(1.0, tuning.FillerFreeLists);
        }
        finally
        {
            inbox.Delete(recursive: true);
        }
    }
}
