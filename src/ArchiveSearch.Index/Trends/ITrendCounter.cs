namespace ArchiveSearch.Index.Trends;

/// <summary>
/// What counts queries over time: the index on this machine (<see cref="TrendCounter"/>) or a cluster loaded with the
/// export. Either answers the same request with the same points and series, and refuses the same bad requests.
/// </summary>
public interface ITrendCounter
{
    TrendResponse Count(TrendRequest request);

    /// <summary>The papers that hold dated items, in order: what a trend can be narrowed to.</summary>
    IReadOnlyList<string> Papers();
}
