namespace ArchiveSearch.Index.Search;

/// <summary>
/// What exports every hit of a search: the index on this machine (<see cref="SearchExporter"/>) or a cluster loaded
/// with the export. Either refuses the same bad requests the same way, before anything is written.
/// </summary>
public interface ISearchExporter
{
    /// <summary>
    /// Runs the search; near matches (the relaxed fallback) are exported only when <paramref name="includeRelaxed"/>
    /// asks for them: an export is taken as the list of what the archive holds as written.
    /// </summary>
    ISearchExport Start(SearchRequest request, bool includeRelaxed = false);
}
