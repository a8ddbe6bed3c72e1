namespace ArchiveSearch.Index.Evaluation;

/// <summary>What one draft got: the related articles' titles in order, the rank of the expected story, and how many shared-terms lists were shown and held filler (which), and how long the answer took.</summary>
public sealed record CoverageResult(CoverageDraft Draft, IReadOnlyList<string> Titles, int? ExpectedRank, int SharedTermLists, int ListsWithFiller, IReadOnlyList<string> FillerShown, double Milliseconds)
{
    public bool FoundInTop3 => ExpectedRank is <= CoverageEvaluation.TopN;

    public bool AnsweredEmpty => Titles.Count == 0;
}

/// <summary>The figures of one part of the drafts.</summary>
public sealed record CoveragePartReport(string Part, IReadOnlyList<CoverageResult> Results)
{
    public int RelatedDrafts => Results.Count(r => r.Draft.Related);

    public int UnrelatedDrafts => Results.Count(r => !r.Draft.Related);

    /// <summary>Share of related drafts whose expected story is among the first three related articles.</summary>
    public double PrecisionAt3 => Share(Results.Where(r => r.Draft.Related), r => r.FoundInTop3);

    /// <summary>Share of unrelated drafts answered with no related article at all.</summary>
    public double UnrelatedEmpty => Share(Results.Where(r => !r.Draft.Related), r => r.AnsweredEmpty);

    /// <summary>Number of shared-terms lists shown (one per related article answered).</summary>
    public int SharedTermLists => Results.Sum(r => r.SharedTermLists);

    /// <summary>Share of shown shared-terms lists that hold no filler; 1 when no list was shown.</summary>
    public double FillerFreeLists => SharedTermLists == 0 ? 1 : 1 - Results.Sum(r => r.ListsWithFiller) / (double)SharedTermLists;

    /// <summary>Median time to answer one draft, in milliseconds.</summary>
    public double MedianMilliseconds
    {
        get
        {
            var times = Results.Select(r => r.Milliseconds).Order().ToList();
            return times.Count == 0 ? 0 : times.Count % 2 == 1 ? times[times.Count / 2] : (times[times.Count / 2 - 1] + times[times.Count / 2]) / 2;
        }
    }

    private static double Share(IEnumerable<CoverageResult> results, Func<CoverageResult, bool> good)
    {
        var list = results.ToList();
        return list.Count == 0 ? 0 : list.Count(good) / (double)list.Count;
    }
}
