namespace ArchiveSearch.Index.Coverage;

/// <summary>How related articles are ordered: by how much they share with the draft, or oldest first.</summary>
public enum CoverageSort
{
    Relevance,
    Date,
}
