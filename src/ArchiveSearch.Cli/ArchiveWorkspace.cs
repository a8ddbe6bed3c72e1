using ArchiveSearch.Index.Composition;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Index.Store;
using ArchiveSearch.Analysis.SmartCn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ArchiveSearch.Cli;

/// <summary>The archive's parts, composed as the service composes them, over an index folder of the command's choosing.</summary>
internal sealed class ArchiveWorkspace : IDisposable
{
    private readonly ServiceProvider services;

    public ArchiveWorkspace(string indexPath)
    {
        services = new ServiceCollection()
            .AddLogging(logging => logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Warning))
            .AddArchiveCore(_ => indexPath, _ => new SmartCnOptions())
            .BuildServiceProvider();
    }

    public ArchiveIndex Index => services.GetRequiredService<ArchiveIndex>();

    public ArticleSearch Search => services.GetRequiredService<ArticleSearch>();

    /// <summary>Indexes every page under the folder and commits.</summary>
    public void Ingest(string inbox)
    {
        services.GetRequiredService<InboxSynchronizer>().SyncAll(new InboxFiles(inbox));
        Index.Commit();
    }

    public void Dispose() => services.Dispose();
}
