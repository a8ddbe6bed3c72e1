using ArchiveSearch.Index.Coverage;
using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Cli.Bench;

internal sealed class InProcessTarget(ArticleSearch search, CoverageSearch coverage, ArchiveSearch.Index.Trends.TrendCounter trends) : IQueryTarget
{
    public int Trend(ArchiveSearch.Index.Trends.TrendRequest request) => trends.Count(request).Points.Count;

    public int Search(SearchRequest request) => search.Search(request).Total;

    public string? FirstHit(string query) => search.Search(new SearchRequest(query) { Size = 1 }).Hits.FirstOrDefault()?.Id;

    public int Coverage(string id) => coverage.ForArticle(id, new CoverageRequest())?.Articles.Count ?? 0;
}
