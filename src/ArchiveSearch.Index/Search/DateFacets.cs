namespace ArchiveSearch.Index.Search;

/// <summary>How many hits fall in each year (yyyy) and each month (yyyy-MM), in date order, for a histogram.</summary>
public sealed record DateFacets(IReadOnlyList<FacetValue> Years, IReadOnlyList<FacetValue> Months)
{
    public static readonly DateFacets None = new([], []);
}
