using Lucene.Net.Index;

namespace ArchiveSearch.Index.Coverage;

/// <summary>
/// Picks the articles worth comparing in full with a draft, at a cost bounded whatever the archive's size. The draft's
/// units are taken rarest (weightiest) first and the postings of each are walked, adding its weight to every article
/// that holds it, until either what is left of the draft's weight is too little for an article holding none of the units
/// walked to reach the threshold, or the next unit would take the walk past <see cref="MaxPostings"/>. The
/// <see cref="Candidates"/> articles of most weight are kept, and for them alone the words not walked are looked up,
/// weightiest first, by skipping through those words' postings; an article drops out as soon as even every word left
/// and every name would not carry it over the thresholds. A name is walked only when its articles were all counted
/// while profiling the draft; whether a candidate holds a name is decided later, from its text.
/// </summary>
public static class CandidateSelection
{
    /// <summary>Articles compared in full.</summary>
    public const int Candidates = 60;

    /// <summary>Most postings walked to find candidates: the rarest units' articles are all found well within it.</summary>
    public const int MaxPostings = 10_000;

    /// <summary>The candidates that could still meet <paramref name="thresholds"/>, each with the draft's words it holds.</summary>
    public static List<CoverageCandidate> Select(
        IndexReader reader, DraftProfile profile, WordPostings postings, CandidateFilter filter, CoverageThresholds thresholds, int maxPostings = MaxPostings, int candidates = Candidates)
    {
        var units = profile.Units.Where(u => u.DocFreq > 0).ToList();
        var found = new HeldUnits(units);
        var walked = new bool[units.Count];
        var left = profile.TotalWeight;
        var spent = 0;
        for (var u = 0; u < units.Count; u++)
        {
            // An article holding none of the units walked so far holds at most what is left: past this, none can qualify.
            if (thresholds.MinScore > 0 && left < thresholds.MinScore * profile.TotalWeight)
                break;
            var unit = units[u];
            var holders = unit.IsName ? profile.NameHolders.GetValueOrDefault(unit.Text) : null;
            var cost = unit.IsName ? holders?.Count ?? int.MaxValue : postings.Postings(unit.Text);
            if (cost > maxPostings - spent)
                continue;
            spent += cost;
            walked[u] = true;
            left -= unit.Weight;
            foreach (var doc in holders ?? postings.Holders(unit.Text))
                found.Add(doc, u);
        }

        var kept = filter.Keep(reader, found.Docs.Order().ToList());
        var top = kept.OrderByDescending(found.Weight).ThenBy(doc => doc).Take(candidates).Order().ToList();

        // What each candidate could still reach: its words so far, every word not yet looked up, every name.
        var names = units.Where(u => u.IsName).ToList();
        var namesWeight = names.Sum(u => u.Weight);
        var pending = units.Where((u, i) => !u.IsName && !walked[i]).ToList();
        var pendingWeight = pending.Sum(u => u.Weight);
        var pendingCount = pending.Count;
        bool CouldQualify(int doc) => thresholds.Admits(
            (found.WordWeight(doc) + pendingWeight + namesWeight) / profile.TotalWeight,
            found.WordCount(doc) + pendingCount + names.Count);

        top = top.Where(CouldQualify).ToList();
        var holds = new bool[top.Count];
        for (var u = 0; u < units.Count && top.Count > 0; u++)
        {
            if (walked[u] || units[u].IsName)
                continue;
            Array.Clear(holds);
            postings.MarkHolders(units[u].Text, top, holds);
            for (var i = 0; i < top.Count; i++)
            {
                if (holds[i])
                    found.Add(top[i], u);
            }

            pendingWeight -= units[u].Weight;
            pendingCount--;
            if (top.All(CouldQualify))
                continue;
            top = top.Where(CouldQualify).ToList();
            holds = new bool[top.Count];
        }

        return top.Select(doc => new CoverageCandidate(doc, found.Words(doc))).ToList();
    }
}
