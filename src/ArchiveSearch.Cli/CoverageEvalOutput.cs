using ArchiveSearch.Index.Coverage;
using System.Globalization;
using ArchiveSearch.Index.Composition;
using ArchiveSearch.Index.Evaluation;

namespace ArchiveSearch.Cli;

/// <summary>
/// Prints the coverage evaluation (or, with calibration, the tuning drafts' scores with no threshold): one line per draft of the tuning part only (the aside part is kept out of
/// sight of whoever tunes), then the figures of each part as one JSON line.
/// </summary>
internal static class CoverageEvalOutput
{
    public static int Print(ArchiveWorkspace workspace, EvaluationInbox inbox, IReadOnlyList<CoverageDraft> drafts, bool calibrate)
    {
        var runnable = drafts.Where(d => d.Expected.All(e => inbox.Holds(e.PagePath))).ToList();
        if (calibrate)
        {
            var points = CoverageCalibration.Measure(workspace.Coverage, workspace.Index, runnable);
            foreach (var point in points.OrderBy(p => p.Draft.Related).ThenByDescending(p => p.Score))
                Console.WriteLine(CoverageCalibration.Describe(point));
            foreach (var line in CoverageCalibration.Sweep(points))
                Console.WriteLine(line);
            return 0;
        }

        var parts = CoverageEvaluation.Run(workspace.Coverage, workspace.Index, runnable);
        foreach (var result in parts.Single(p => p.Part == CoverageEvaluation.TuningPart).Results)
        {
            var verdict = result.Draft.Related
                ? result.FoundInTop3 ? $"ok {result.ExpectedRank}" : $"MISS {result.ExpectedRank?.ToString(CultureInfo.InvariantCulture) ?? "-"}"
                : result.AnsweredEmpty ? "ok empty" : $"NOISE {result.Titles.Count}";
            var filler = result.FillerShown.Count == 0 ? "" : $"  filler: {string.Join(' ', result.FillerShown)}";
            var first = result.Titles.Count == 0 ? "(nothing related)" : string.Join(" | ", result.Titles.Take(3));
            Console.WriteLine($"{verdict,-9} line {result.Draft.Line,3}  {Excerpt(result.Draft.Text)}  →  {first}{filler}");
        }

        foreach (var part in parts)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{{\"part\":\"{part.Part}\",\"related\":{part.RelatedDrafts},\"precision_at_3\":{part.PrecisionAt3:F3},\"unrelated\":{part.UnrelatedDrafts},\"unrelated_empty\":{part.UnrelatedEmpty:F3},\"shared_term_lists\":{part.SharedTermLists},\"filler_free_lists\":{part.FillerFreeLists:F3},\"median_ms\":{part.MedianMilliseconds:F1}}}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{{\"skipped\":{drafts.Count - runnable.Count}}}"));
        return 0;
    }

    private static string Excerpt(string text) => text.Length <= 16 ? text : text[..16] + "…";
}
