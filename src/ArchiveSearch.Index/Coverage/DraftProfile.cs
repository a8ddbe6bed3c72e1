namespace ArchiveSearch.Index.Coverage;

/// <summary>A draft's distinctive content: its units, weightiest first, and their total weight.</summary>
public sealed record DraftProfile(IReadOnlyList<ContentUnit> Units)
{
    public double TotalWeight { get; } = Units.Sum(u => u.Weight);

    public bool IsEmpty => Units.Count == 0;
}
