using System.Globalization;
using ArchiveSearch.Index.Coverage;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Index.Store;

namespace ArchiveSearch.Index.Evaluation;

/// <summary>
/// Calibration of <see cref="CoverageThresholds"/> on the tuning drafts only: with no threshold, the score and
/// shared-unit count of each related draft's expected article, and of the best answer to each unrelated draft.
/// A threshold between the two groups answers related drafts and leaves unrelated ones empty.
/// </summary>
public static class CoverageCalibration
{
    public sealed record Point(CoverageDraft Draft, double Score, int SharedUnits, string? Title);

    public static IReadOnlyList<Point> Measure(CoverageSearch similar, ArchiveIndex index, IEnumerable<CoverageDraft> drafts)
    {
        var tuning = drafts.Where(d => d.Part == CoverageEvaluation.TuningPart).ToList();
        var wanted = CoverageEvaluation.ExpectedIds(index, tuning);
        var points = new List<Point>();
        foreach (var draft in tuning)
        {
            var answer = similar.ForText(draft.Text, new CoverageRequest { DraftDate = draft.Date, Size = CoverageSearch.MaxSize, Thresholds = CoverageThresholds.None });
            var best = draft.Related ? answer.Articles.FirstOrDefault(a => wanted[draft].Contains(a.Id)) : answer.Articles.FirstOrDefault();
            points.Add(best is null ? new Point(draft, 0, 0, null) : new Point(draft, best.Score, best.SharedTerms.Count, best.Title));
        }

        return points;
    }

    public static string Describe(Point point) => string.Create(CultureInfo.InvariantCulture,
        $"{(point.Draft.Related ? "related  " : "unrelated")} line {point.Draft.Line,3}  score {point.Score:F3}  shared {point.SharedUnits,2}  {point.Title ?? "(no candidate)"}");

    /// <summary>
    /// For each shared-unit minimum, the widest range of score thresholds with the fewest errors on the tuning
    /// drafts (a related draft's article rejected, or an unrelated draft answered), and its midpoint.
    /// </summary>
    public static IEnumerable<string> Sweep(IReadOnlyList<Point> points)
    {
        for (var minShared = 1; minShared <= 5; minShared++)
        {
            var best = (Errors: int.MaxValue, From: 0.0, To: 0.0);
            var run = (Errors: -1, From: 0.0);
            for (var step = 0; step <= 100; step++)
            {
                var threshold = step / 100.0;
                var errors = points.Count(p => p.Draft.Related != new CoverageThresholds(threshold, minShared).Admits(p.Score, p.SharedUnits));
                if (errors != run.Errors)
                    run = (errors, threshold);
                if (errors < best.Errors || (errors == best.Errors && threshold - run.From > best.To - best.From && run.Errors == errors))
                    best = (errors, run.From, threshold);
            }

            yield return string.Create(CultureInfo.InvariantCulture,
                $"min shared {minShared}: fewest errors {best.Errors} for scores {best.From:F2}..{best.To:F2}, midpoint {(best.From + best.To) / 2:F3}");
        }
    }
}
