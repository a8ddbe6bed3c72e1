using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Store;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.ClusterExport;

/// <summary>
/// Writes the archive for a cluster: the index template, then every article and page's lines as the index holds them
/// (cut and corrected) in bulk files of bounded size, in id order, one item in memory at a time. The state saved after
/// each finished file lets a stopped export (Ctrl+C, a crash) go on where it stopped.
/// </summary>
public sealed class ClusterExporter(ArchiveIndex index, IndexContents contents)
{
    public const string TemplateFileName = "index-template.json";

    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(1);

    /// <param name="progress">Told about once a second, and when the export ends.</param>
    /// <param name="fileFinished">Told after each bulk file is finished and the state saved.</param>
    public ExportProgress Export(ClusterExportOptions options, CancellationToken cancellation,
        Action<ExportProgress>? progress = null, Action<string>? fileFinished = null)
    {
        options.Validate();
        var folder = Path.GetFullPath(options.Folder);
        Directory.CreateDirectory(folder);
        var total = CountItems();
        var version = $"{index.LastCommit?.ToString("O", CultureInfo.InvariantCulture) ?? "never committed"}; {total} items";

        var state = options.Restart ? null : ExportState.Load(folder);
        if (state is not null && state.IndexVersion != version)
            throw new ExportRefusedException(
                $"the index changed since the export in {folder} began (then: {state.IndexVersion}; now: {version}); rerun with --restart to export it anew");
        var resumed = state is not null;
        if (state is null)
        {
            RemoveEarlierExport(folder);
            state = ExportState.Start(version);
            state.Save(folder);
        }

        WriteTemplate(folder);
        foreach (var partial in Directory.EnumerateFiles(folder, "*" + BulkFile.PartialSuffix))
            File.Delete(partial);
        if (state.Complete)
        {
            var done = new ExportProgress(state.Items, total, state.Files, 0, resumed);
            progress?.Invoke(done);
            return done;
        }

        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        long thisRun = 0;
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        BulkFile? file = null;
        try
        {
            ExportProgress Now() => new(state.Items + (file?.Items ?? 0), total, state.Files,
                thisRun / Math.Max(clock.Elapsed.TotalSeconds, 0.001), resumed);

            foreach (var item in contents.ItemsInIdOrder(state.LastId))
            {
                cancellation.ThrowIfCancellationRequested();
                buffer.ResetWrittenCount();
                ClusterDocument.WriteBulkLines(item, buffer);
                if (file is not null && file.Items > 0 && file.Bytes + buffer.WrittenCount > options.MaxFileBytes)
                {
                    state = Finish(folder, file, state);
                    fileFinished?.Invoke(file.Path);
                    file = null;
                }

                file ??= new BulkFile(folder, state.Files + 1);
                file.Append(buffer.WrittenSpan, item.Id);
                thisRun++;
                if (clock.Elapsed - lastReport >= ProgressEvery)
                {
                    lastReport = clock.Elapsed;
                    progress?.Invoke(Now());
                }
            }

            if (file is not null)
            {
                state = Finish(folder, file, state);
                fileFinished?.Invoke(file.Path);
                file = null;
            }

            state = state with { Complete = true };
            state.Save(folder);
            var end = Now();
            progress?.Invoke(end);
            return end;
        }
        finally
        {
            // An unfinished file is removed: the state names the last finished one, and the next run writes it again.
            file?.Dispose();
        }
    }

    private static ExportState Finish(string folder, BulkFile file, ExportState state)
    {
        file.Finish();
        var next = state with { Files = state.Files + 1, Items = state.Items + file.Items, LastId = file.LastId };
        next.Save(folder);
        return next;
    }

    private static void WriteTemplate(string folder)
    {
        var path = Path.Combine(folder, TemplateFileName);
        using (var stream = new FileStream(path + ".tmp", FileMode.Create, FileAccess.Write))
            ClusterTemplate.Write(stream);
        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <summary>The bulk files and state an earlier export left; nothing else in the folder is touched.</summary>
    private static void RemoveEarlierExport(string folder)
    {
        foreach (var path in Directory.EnumerateFiles(folder, BulkFile.Prefix + "*"))
            File.Delete(path);
        var state = Path.Combine(folder, ExportState.FileName);
        if (File.Exists(state))
            File.Delete(state);
    }

    private long CountItems() => index.Read(searcher =>
        (long)searcher.Search(new TermQuery(new Term(ArticleFields.DocType, DocTypes.Article)), 1).TotalHits
        + searcher.Search(new TermQuery(new Term(ArticleFields.DocType, DocTypes.PageLines)), 1).TotalHits);
}
