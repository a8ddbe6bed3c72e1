namespace ArchiveSearch.Index.Coverage;

/// <summary>
/// Which of a draft's units each article found so far holds, and their weight, kept in flat arrays: candidate
/// selection may touch tens of thousands of articles, and an object per article would cost more than the walk.
/// </summary>
internal sealed class HeldUnits(IReadOnlyList<ContentUnit> units)
{
    private readonly Dictionary<int, int> slots = [];
    private readonly List<double> weights = [];
    private readonly List<double> wordWeights = [];
    private readonly List<int> wordCounts = [];
    private readonly List<int> lastUnit = [];
    private readonly List<int> firstLink = [];
    private readonly List<(int Unit, int Next)> links = [];

    public IEnumerable<int> Docs => slots.Keys;

    /// <summary>Records that the article holds the unit; a unit added twice in a row (from a second field) counts once.</summary>
    public void Add(int doc, int unit)
    {
        if (!slots.TryGetValue(doc, out var slot))
        {
            slot = slots[doc] = weights.Count;
            weights.Add(0);
            wordWeights.Add(0);
            wordCounts.Add(0);
            lastUnit.Add(-1);
            firstLink.Add(-1);
        }

        if (lastUnit[slot] == unit)
            return;
        lastUnit[slot] = unit;
        weights[slot] += units[unit].Weight;
        if (units[unit].IsName)
            return;
        wordWeights[slot] += units[unit].Weight;
        wordCounts[slot]++;
        links.Add((unit, firstLink[slot]));
        firstLink[slot] = links.Count - 1;
    }

    /// <summary>The weight of every unit found in the article, names included: what ranks the candidates.</summary>
    public double Weight(int doc) => weights[slots[doc]];

    public double WordWeight(int doc) => wordWeights[slots[doc]];

    public int WordCount(int doc) => wordCounts[slots[doc]];

    /// <summary>The words the article holds, in the draft's order (weightiest first).</summary>
    public IReadOnlyList<ContentUnit> Words(int doc)
    {
        var held = new List<int>();
        for (var link = firstLink[slots[doc]]; link >= 0; link = links[link].Next)
            held.Add(links[link].Unit);
        held.Sort();
        return held.Select(u => units[u]).ToList();
    }
}
