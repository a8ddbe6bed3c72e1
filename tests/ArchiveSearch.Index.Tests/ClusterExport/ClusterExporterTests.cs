using System.Text.Json;
using ArchiveSearch.Index.ClusterExport;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Testing;

namespace ArchiveSearch.Index.Tests.ClusterExport;

/// <summary>
/// The export writes every article and page's lines once, as the index holds them, under its permalink id, in bulk
/// files that never pass their size bound; a stopped export goes on where it stopped, and one over a changed index is
/// refused until restarted.
/// </summary>
public sealed class ClusterExporterTests : IDisposable
{
    private static readonly string Samples = Path.Combine(SharedFolder.RepositoryRoot, "samples");
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("archivesearch-cluster-export-");

    public void Dispose() => folder.Delete(recursive: true);

    private static ClusterExporter ExporterOf(IndexedArchive archive) => new(archive.Workspace.Index, archive.Workspace.Contents);

    /// <summary>Every (action, document) pair of the folder's bulk files, in file order.</summary>
    private static List<(string Id, JsonElement Document, string File)> Read(string folder) =>
        Directory.GetFiles(folder, "bulk-*.ndjson").Order(StringComparer.Ordinal).SelectMany(file =>
        {
            var lines = File.ReadAllLines(file);
            Assert.True(lines.Length % 2 == 0, $"{file} has an action without its document");
            return Enumerable.Range(0, lines.Length / 2).Select(i => (
                JsonDocument.Parse(lines[2 * i]).RootElement.GetProperty("index").GetProperty("_id").GetString()!,
                JsonDocument.Parse(lines[2 * i + 1]).RootElement.Clone(),
                file));
        }).ToList();

    [Fact]
    public void Every_article_and_page_lines_item_is_written_once_under_its_permalink_id_with_its_stored_fields()
    {
        using var archive = new IndexedArchive(Samples);
        var stored = archive.Workspace.Contents.AllArticles().Concat(archive.Workspace.Contents.AllPageLines()).ToDictionary(a => a.Id);

        var done = ExporterOf(archive).Export(new ClusterExportOptions(folder.FullName), CancellationToken.None);

        var written = Read(folder.FullName);
        Assert.Equal(stored.Count, written.Count);
        Assert.Equal(stored.Count, done.Items);
        Assert.Equal(stored.Keys.Order(StringComparer.Ordinal), written.Select(w => w.Id));
        foreach (var (id, document, _) in written)
        {
            var item = stored[id];
            Assert.Equal(id, document.GetProperty(ClusterFields.Id).GetString());
            Assert.Equal("/articles/" + id, document.GetProperty(ClusterFields.Url).GetString());
            Assert.Equal(item.Body, document.GetProperty(ClusterFields.Body).GetString());
            Assert.Equal(item.Kind, document.GetProperty(ClusterFields.Kind).GetString());
            Assert.Equal(item.Cut.Verdict, document.GetProperty(ClusterFields.Cut).GetProperty(ClusterFields.Verdict).GetString());
            Assert.Equal(item.Paper, document.TryGetProperty(ClusterFields.Paper, out var paper) ? paper.GetString() : null);
            Assert.Equal(item.Date?.ToString("yyyy-MM-dd"), document.TryGetProperty(ClusterFields.Date, out var date) ? date.GetString() : null);
            Assert.Equal(item.Authors.Select(a => a.Name), document.TryGetProperty(ClusterFields.Authors, out var authors)
                ? authors.EnumerateArray().Select(a => a.GetProperty(ClusterFields.AuthorName).GetString()!) : []);
            // A page's own lines and a derived label are shown, never matched as a headline.
            var matchedTitle = document.TryGetProperty(ClusterFields.Title, out var title) ? title.GetString() : null;
            var shownLabel = document.TryGetProperty(ClusterFields.Label, out var label) ? label.GetString() : null;
            Assert.Equal(item.Title, matchedTitle ?? shownLabel ?? "");
            if (item.Kind == PageLinesDocuments.HitKind || DerivedTitles.IsDerived(item.Title, item.Body))
                Assert.Null(matchedTitle);
        }

        Assert.Contains(written, w => w.Document.GetProperty(ClusterFields.Kind).GetString() == PageLinesDocuments.HitKind);
        Assert.True(File.Exists(Path.Combine(folder.FullName, ClusterExporter.TemplateFileName)));
    }

    [Fact]
    public void No_bulk_file_passes_its_size_bound_unless_one_item_alone_is_larger()
    {
        using var archive = new IndexedArchive(Samples);
        const long bound = 8 * 1024;

        ExporterOf(archive).Export(new ClusterExportOptions(folder.FullName) { MaxFileBytes = bound }, CancellationToken.None);

        var files = Directory.GetFiles(folder.FullName, "bulk-*.ndjson");
        Assert.True(files.Length > 5, $"{files.Length} files");
        foreach (var file in files)
            Assert.True(new FileInfo(file).Length <= bound || File.ReadAllLines(file).Length == 2, $"{file}: {new FileInfo(file).Length} bytes");
    }

    [Fact]
    public void An_export_stopped_after_its_first_file_goes_on_from_there_and_discards_a_partial_file()
    {
        using var archive = new IndexedArchive(Samples);
        var exporter = ExporterOf(archive);
        var options = new ClusterExportOptions(folder.FullName) { MaxFileBytes = 8 * 1024 };
        using var stop = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() => exporter.Export(options, stop.Token, fileFinished: _ => stop.Cancel()));
        var first = Path.Combine(folder.FullName, BulkFile.NameOf(1));
        var firstBytes = File.ReadAllBytes(first);
        var firstWritten = File.GetLastWriteTimeUtc(first);
        Assert.False(File.Exists(Path.Combine(folder.FullName, BulkFile.NameOf(2))));
        Assert.Empty(Directory.GetFiles(folder.FullName, "*.partial"));
        // A crash leaves a partial file behind: the next run writes that file again.
        File.WriteAllText(Path.Combine(folder.FullName, BulkFile.NameOf(2) + BulkFile.PartialSuffix), "{\"index\":{\"_id\":\"torn");

        var done = exporter.Export(options, CancellationToken.None);

        Assert.True(done.Resumed);
        Assert.Equal(firstBytes, File.ReadAllBytes(first));
        Assert.Equal(firstWritten, File.GetLastWriteTimeUtc(first));
        var ids = Read(folder.FullName).Select(w => w.Id).ToList();
        var stored = archive.Workspace.Contents.AllArticles().Concat(archive.Workspace.Contents.AllPageLines()).Select(a => a.Id).Order(StringComparer.Ordinal);
        Assert.Equal(stored, ids);
        Assert.Empty(Directory.GetFiles(folder.FullName, "*.partial"));

        // Done is done: a third run writes nothing new.
        var again = exporter.Export(options, CancellationToken.None);
        Assert.Equal(done.Items, again.Items);
        Assert.Equal(done.Files, again.Files);
    }

    [Fact]
    public void A_rerun_over_an_index_that_changed_since_the_export_began_is_refused_until_restarted()
    {
        var inbox = Directory.CreateTempSubdirectory("archivesearch-cluster-inbox-");
        try
        {
            var pages = Directory.GetFiles(Samples, "*.txt").Order(StringComparer.Ordinal).ToList();
            foreach (var page in pages.Take(3))
                File.Copy(page, Path.Combine(inbox.FullName, Path.GetFileName(page)));
            using var archive = new IndexedArchive(inbox.FullName);
            var exporter = ExporterOf(archive);
            var options = new ClusterExportOptions(folder.FullName) { MaxFileBytes = 4096 };
            using var stop = new CancellationTokenSource();
            Assert.ThrowsAny<OperationCanceledException>(() => exporter.Export(options, stop.Token, fileFinished: _ => stop.Cancel()));

            File.Copy(pages[3], Path.Combine(inbox.FullName, Path.GetFileName(pages[3])));
            archive.Workspace.Ingest(inbox.FullName);

            var refusal = Assert.Throws<ExportRefusedException>(() => exporter.Export(options, CancellationToken.None));
            Assert.Contains("--restart", refusal.Message);
            var done = exporter.Export(options with { Restart = true }, CancellationToken.None);
            Assert.False(done.Resumed);
            Assert.Equal(archive.Workspace.Contents.AllArticles().Count + archive.Workspace.Contents.AllPageLines().Count, Read(folder.FullName).Count);
        }
        finally
        {
            inbox.Delete(recursive: true);
        }
    }
}
