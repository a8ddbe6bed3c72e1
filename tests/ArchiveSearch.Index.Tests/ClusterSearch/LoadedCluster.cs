using System.Text.Json;
using System.Text.Json.Nodes;
using ArchiveSearch.Index.ClusterExport;
using ArchiveSearch.Index.ClusterSearch;
using ArchiveSearch.Index.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using ArchiveSearch.Testing;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace ArchiveSearch.Index.Tests.ClusterSearch;

/// <summary>
/// The samples indexed here and loaded, through the export's template and bulk files, into a fresh index of the cluster
/// at ARCHIVESEARCH_ELASTICSEARCH_URL (signing in with ARCHIVESEARCH_ELASTICSEARCH_API_KEY, or _USER and _PASSWORD);
/// the index is deleted afterwards. Nothing is done where no cluster is named.
/// </summary>
public sealed class LoadedCluster : IDisposable
{
    private readonly DirectoryInfo? folder;

    public LoadedCluster()
    {
        if (Environment.GetEnvironmentVariable(ClusterFactAttribute.UrlVariable) is not { Length: > 0 } url)
            return;
        Archive = new IndexedArchive(Path.Combine(SharedFolder.RepositoryRoot, "samples"));
        folder = Directory.CreateTempSubdirectory("archivesearch-cluster-it-");
        new ClusterExporter(Archive.Workspace.Index, Archive.Workspace.Contents).Export(new ClusterExportOptions(folder.FullName), CancellationToken.None);

        var index = "archivesearch-it-" + Guid.NewGuid().ToString("n")[..12];
        Connection = new ClusterConnection(new ClusterSettings(new Uri(url), index)
        {
            ApiKey = Environment.GetEnvironmentVariable("ARCHIVESEARCH_ELASTICSEARCH_API_KEY"),
            User = Environment.GetEnvironmentVariable("ARCHIVESEARCH_ELASTICSEARCH_USER"),
            Password = Environment.GetEnvironmentVariable("ARCHIVESEARCH_ELASTICSEARCH_PASSWORD"),
        });
        // The template's settings and mappings, given to this one index directly: no template is left behind.
        var template = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.FullName, ClusterExporter.TemplateFileName)))!["template"]!.AsObject();
        Connection.Send(HttpMethod.PUT, "/" + index, template.ToJsonString());
        foreach (var bulk in Directory.GetFiles(folder.FullName, "bulk-*.ndjson").Order(StringComparer.Ordinal))
            Connection.Bulk(File.ReadAllText(bulk));
        Connection.Send(HttpMethod.POST, $"/{index}/_refresh", null);
        Engine = new ClusterSearchEngine(Connection, ArchiveAnalyzers.Create(NullLogger.Instance));
    }

    public IndexedArchive? Archive { get; }

    public ClusterConnection? Connection { get; }

    public ClusterSearchEngine? Engine { get; }

    public void Dispose()
    {
        if (Connection is not null)
        {
            try
            {
                Connection.Send(HttpMethod.DELETE, "/" + Connection.Settings.Index, null);
            }
            catch (ClusterRequestException)
            {
            }
        }

        Archive?.Dispose();
        folder?.Delete(recursive: true);
    }
}
