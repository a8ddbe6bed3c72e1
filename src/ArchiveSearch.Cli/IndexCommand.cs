using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ArchiveSearch.Index.Composition;
using ArchiveSearch.Index.Ingest;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ArchiveSearch.Cli;

/// <summary>
/// <c>index DIR</c>: bulk-loads a folder of pages into an index with a live progress display. The load commits
/// as it goes, so a run that is stopped (Ctrl+C, kill) goes on from its last commit when run again; pages
/// already indexed and unchanged are not read again.
/// </summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("DIR") { Description = "folder of page files (*.txt, recursively)" };
        var indexPath = new Option<DirectoryInfo>("--index") { Description = "index folder (created if missing)", DefaultValueFactory = _ => new DirectoryInfo("index") };
        var threads = new Option<int>("--threads") { Description = "pages indexed at the same time (default: one per core)" };
        var buffer = new Option<double>("--ram-buffer-mb") { Description = "the index writer's buffer before it flushes a segment", DefaultValueFactory = _ => IngestSettings.Defaults.RamBufferMegabytes };
        var commitArticles = new Option<int>("--commit-articles") { Description = "commit after this many articles (a kill loses at most this much work)", DefaultValueFactory = _ => IngestSettings.Defaults.CommitEveryArticles };
        var commitSeconds = new Option<double>("--commit-seconds") { Description = "…or after this many seconds, whichever comes first", DefaultValueFactory = _ => IngestSettings.Defaults.CommitEvery.TotalSeconds };
        var command = new Command("index", "Bulk-load a folder of pages into an index, with live progress; run again to resume") { folder, indexPath, threads, buffer, commitArticles, commitSeconds };
        command.SetAction((parse, cancellation) =>
        {
            var settings = new IngestSettings
            {
                RamBufferMegabytes = parse.GetValue(buffer),
                CommitEveryArticles = Math.Max(1, parse.GetValue(commitArticles)),
                CommitEvery = TimeSpan.FromSeconds(Math.Max(0.1, parse.GetValue(commitSeconds))),
            };
            if (parse.GetValue(threads) > 0)
                settings = settings with { Workers = parse.GetValue(threads) };
            return Task.FromResult(Run(parse.GetValue(folder)!, parse.GetValue(indexPath)!, settings, cancellation));
        });
        return command;
    }

    private static int Run(DirectoryInfo folder, DirectoryInfo indexPath, IngestSettings settings, CancellationToken cancellation)
    {
        if (!folder.Exists)
        {
            Console.Error.WriteLine($"archivesearch index: the folder {folder.FullName} does not exist");
            return 2;
        }

        using var workspace = new ArchiveWorkspace(
            indexPath.FullName,
            logging: l => l.AddSimpleConsole(c => c.SingleLine = true).SetMinimumLevel(LogLevel.Warning),
            ingest: settings);
        var before = workspace.Index.CommittedCounts;
        var clock = Stopwatch.StartNew();
        var load = Task.Run(() => workspace.Ingest(folder.FullName, cancellation), CancellationToken.None);
        Display(workspace, load);

        int changed;
        try
        {
            changed = load.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            var kept = workspace.Index.CommittedCounts;
            Console.Error.WriteLine($"Stopped. The index keeps {kept.Pages} pages ({kept.Articles} articles); run the same command again to go on.");
            return 130;
        }

        var after = workspace.Index.CommittedCounts;
        var seconds = clock.Elapsed.TotalSeconds;
        foreach (var warning in workspace.Warnings.Current())
            Console.Error.WriteLine("warning: " + warning.Sentence);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"pages\":{after.Pages},\"articles\":{after.Articles},\"quarantined\":{after.Quarantined},\"pages_changed\":{changed},\"articles_added\":{after.Articles - before.Articles},\"seconds\":{seconds:F1}}}"));
        return 0;
    }

    /// <summary>Redraws the load's figures until it ends: a live table on a terminal, a line every few seconds otherwise.</summary>
    private static void Display(ArchiveWorkspace workspace, Task load)
    {
        if (AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
        {
            AnsiConsole.Live(Render(workspace)).AutoClear(false).Start(live =>
            {
                while (!load.Wait(250))
                    live.UpdateTarget(Render(workspace));
                live.UpdateTarget(Render(workspace));
            });
            return;
        }

        while (!load.Wait(TimeSpan.FromSeconds(5)))
            Console.Error.WriteLine(Line(workspace.Progress.CurrentLoad, workspace));
    }

    private static IRenderable Render(ArchiveWorkspace workspace)
    {
        var progress = workspace.Progress.CurrentLoad;
        var committed = workspace.Index.CommittedCounts;
        var table = new Table().Border(TableBorder.Rounded).AddColumns("pages", "pages/s", "articles/s", "MB/s", "ETA", "committed");
        if (progress is null)
        {
            table.AddRow("scanning…", "", "", "", "", $"{committed.Pages:N0} pages");
            return table;
        }

        table.AddRow(
            $"{progress.Done:N0} / {progress.Total:N0}",
            progress.PagesPerSecond.ToString("F1", CultureInfo.InvariantCulture),
            progress.ArticlesPerSecond.ToString("F0", CultureInfo.InvariantCulture),
            (progress.BytesPerSecond / 1e6).ToString("F2", CultureInfo.InvariantCulture),
            progress.Remaining is { } eta ? eta.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "…",
            $"{committed.Pages:N0} pages, {committed.Articles:N0} articles");
        return table;
    }

    private static string Line(LoadProgress? progress, ArchiveWorkspace workspace) => progress is null
        ? "scanning…"
        : string.Create(CultureInfo.InvariantCulture,
            $"{progress.Done}/{progress.Total} pages, {progress.PagesPerSecond:F1} pages/s, {progress.ArticlesPerSecond:F0} articles/s, {progress.BytesPerSecond / 1e6:F2} MB/s, ETA {progress.Remaining?.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) ?? "…"}, committed {workspace.Index.CommittedCounts.Articles} articles");
}
