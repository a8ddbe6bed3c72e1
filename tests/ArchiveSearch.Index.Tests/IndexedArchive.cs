using ArchiveSearch.Index.Composition;
using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Index.Tests;

/// <summary>A real on-disk index in a temporary folder, with the same parts the service uses; removed on dispose.</summary>
public class IndexedArchive : IDisposable
{
    private readonly string indexPath = Path.Combine(Path.GetTempPath(), "archivesearch-index-tests", Guid.NewGuid().ToString("n"));

    public IndexedArchive() => Workspace = new ArchiveWorkspace(indexPath);

    /// <summary>An index of every page under the folder.</summary>
    public IndexedArchive(string inbox) : this() => Workspace.Ingest(inbox);

    public ArchiveWorkspace Workspace { get; }

    /// <summary>The ids of every hit of a query, all pages of it.</summary>
    public HashSet<string> AllHitIds(string query)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            var response = Workspace.Search.Search(new SearchRequest(query) { Page = page, Size = ArticleSearch.MaxPageSize });
            foreach (var hit in response.Hits)
                ids.Add(hit.Id);
            if (response.Hits.Count < ArticleSearch.MaxPageSize || ids.Count >= response.Total)
                return ids;
        }
    }

    public void Dispose()
    {
        Workspace.Dispose();
        GC.SuppressFinalize(this);
        if (Directory.Exists(indexPath))
            Directory.Delete(indexPath, recursive: true);
    }
}
