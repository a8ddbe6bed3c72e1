using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Cli.Bench;

/// <summary>Where the bench sends its queries: the search in process, or the service over HTTP.</summary>
internal interface IQueryTarget
{
    /// <summary>Runs a search and returns its total hits; the hits of the page are read as a user would get them.</summary>
    int Search(SearchRequest request);

    /// <summary>The id of the first hit of a query, for the coverage shape; null when nothing matches.</summary>
    string? FirstHit(string query);

    /// <summary>Earlier coverage of an article; returns how many articles came back.</summary>
    int Coverage(string id);

    /// <summary>Counts queries over time; returns how many points the trend has.</summary>
    int Trend(ArchiveSearch.Index.Trends.TrendRequest request);
}
