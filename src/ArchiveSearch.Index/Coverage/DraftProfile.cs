namespace ArchiveSearch.Index.Coverage;

/// <summary>
/// A draft's distinctive content: its units, weightiest first, and their total weight. <see cref="NameHolders"/> gives,
/// for each name whose articles were all counted while profiling, those articles (index-wide document numbers).
/// </summary>
public sealed record DraftProfile(IReadOnlyList<ContentUnit> Units)
{
    public double TotalWeight { get; } = Units.Sum(u => u.Weight);

    public bool IsEmpty => Units.Count == 0;

    public IReadOnlyDictionary<string, IReadOnlyList<int>> NameHolders { get; init; } = new Dictionary<string, IReadOnlyList<int>>();
}
