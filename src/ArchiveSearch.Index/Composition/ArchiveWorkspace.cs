using ArchiveSearch.Analysis.SmartCn;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Index.Permalinks;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Index.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ArchiveSearch.Index.Composition;

/// <summary>
/// The archive's parts composed as the service composes them, over an index folder of the caller's
/// choosing, for tools and checks that run without the service.
/// </summary>
public sealed class ArchiveWorkspace : IDisposable
{
    private readonly ServiceProvider services;

    public ArchiveWorkspace(string indexPath, SmartCnOptions? smartCn = null, Action<ILoggingBuilder>? logging = null)
    {
        services = new ServiceCollection()
            .AddLogging(builder => (logging ?? (b => b.SetMinimumLevel(LogLevel.Warning)))(builder))
            .AddArchiveCore(_ => indexPath, _ => smartCn ?? new SmartCnOptions())
            .BuildServiceProvider();
    }

    public ArchiveIndex Index => services.GetRequiredService<ArchiveIndex>();

    public ArticleSearch Search => services.GetRequiredService<ArticleSearch>();

    public SimilarArticles Similar => services.GetRequiredService<SimilarArticles>();

    public SearchHarvest Harvest => services.GetRequiredService<SearchHarvest>();

    public PermalinkResolver Permalinks => services.GetRequiredService<PermalinkResolver>();

    /// <summary>Indexes every page under the folder and commits.</summary>
    public void Ingest(string inbox)
    {
        services.GetRequiredService<InboxSynchronizer>().SyncAll(new InboxFiles(inbox));
        Index.Commit();
    }

    public void Dispose() => services.Dispose();
}
