using ArchiveSearch.Index.Composition;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Index.Store;
using ArchiveSearch.Analysis.SmartCn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ArchiveSearch.Index.Tests;

/// <summary>A real on-disk index built from a folder of pages, with the same parts the service uses.</summary>
public sealed class IndexedArchive : IDisposable
{
    private readonly ServiceProvider services;
    private readonly string indexPath = Path.Combine(Path.GetTempPath(), "archivesearch-index-tests", Guid.NewGuid().ToString("n"));

    public IndexedArchive(string inbox)
    {
        services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddArchiveCore(_ => indexPath, _ => new SmartCnOptions())
            .BuildServiceProvider();
        Index = services.GetRequiredService<ArchiveIndex>();
        services.GetRequiredService<InboxSynchronizer>().SyncAll(new InboxFiles(inbox));
        Index.Commit();
    }

    public ArchiveIndex Index { get; }

    public ArticleSearch Search => services.GetRequiredService<ArticleSearch>();

    public SimilarArticles Similar => services.GetRequiredService<SimilarArticles>();

    /// <summary>The ids of every hit of a query, all pages of it.</summary>
    public HashSet<string> AllHitIds(string query)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            var response = Search.Search(new SearchRequest(query) { Page = page, Size = ArticleSearch.MaxPageSize });
            foreach (var hit in response.Hits)
                ids.Add(hit.Id);
            if (response.Hits.Count < ArticleSearch.MaxPageSize || ids.Count >= response.Total)
                return ids;
        }
    }

    public void Dispose()
    {
        services.Dispose();
        if (Directory.Exists(indexPath))
            Directory.Delete(indexPath, recursive: true);
    }
}
