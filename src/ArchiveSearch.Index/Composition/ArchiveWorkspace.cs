using ArchiveSearch.Index.Coverage;
using ArchiveSearch.Index.Health;
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

    /// <param name="compose">Parts added after the archive's own (a copy of the pages kept in a cluster).</param>
    public ArchiveWorkspace(string indexPath, Action<ILoggingBuilder>? logging = null, IngestSettings? ingest = null, Action<IServiceCollection>? compose = null)
    {
        var collection = new ServiceCollection()
            .AddLogging(builder => (logging ?? (b => b.SetMinimumLevel(LogLevel.Warning)))(builder))
            .AddArchiveCore(_ => new ArchiveCoreSettings(indexPath) { Ingest = ingest ?? IngestSettings.Defaults });
        compose?.Invoke(collection);
        services = collection.BuildServiceProvider();
    }

    public ArchiveIndex Index => services.GetRequiredService<ArchiveIndex>();

    /// <summary>Writes pages into the index as the worker does.</summary>
    public PageWriter Writer => services.GetRequiredService<PageWriter>();

    /// <summary>Whole-index reads for checks and tools.</summary>
    public IndexContents Contents => services.GetRequiredService<IndexContents>();

    public ArticleSearch Search => services.GetRequiredService<ArticleSearch>();

    public CoverageSearch Coverage => services.GetRequiredService<CoverageSearch>();

    public SearchExporter Exporter => services.GetRequiredService<SearchExporter>();

    public Trends.TrendCounter Trends => services.GetRequiredService<Trends.TrendCounter>();

    public PermalinkResolver Permalinks => services.GetRequiredService<PermalinkResolver>();

    /// <summary>What a running load has done so far.</summary>
    public IngestionProgress Progress => services.GetRequiredService<IngestionProgress>();

    public OperatorWarnings Warnings => services.GetRequiredService<OperatorWarnings>();

    /// <summary>Indexes every page under the folder and commits.</summary>
    public void Ingest(string inbox) => Ingest(inbox, CancellationToken.None);

    /// <summary>
    /// Brings the index in line with the folder, committing as it goes and once at the end (also when cancelled,
    /// so a stopped load goes on from there next time). Removals beyond the deletion guard's limits are held unless
    /// <paramref name="confirmDeletions"/>. Returns how many pages changed.
    /// </summary>
    public int Ingest(string inbox, CancellationToken cancellation, bool confirmDeletions = false)
    {
        try
        {
            return services.GetRequiredService<InboxSynchronizer>().SyncWholeInbox(new InboxFiles(inbox), cancellation, confirmDeletions);
        }
        finally
        {
            Index.Commit();
        }
    }

    public void Dispose() => services.Dispose();
}
