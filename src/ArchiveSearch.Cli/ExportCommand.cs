using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ArchiveSearch.Index.ClusterExport;
using ArchiveSearch.Index.Composition;
using Microsoft.Extensions.Logging;

namespace ArchiveSearch.Cli;

/// <summary>
/// <c>export --elasticsearch DIR</c>: writes the archive for an Elasticsearch or OpenSearch cluster (an index template
/// and bulk files, see <see cref="ClusterExporter"/>), with progress on standard error. Run it again to go on after a
/// stop. Runs on an index the service does not have open (stop the service first).
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var folder = new Option<DirectoryInfo>("--elasticsearch") { Description = "folder for the index template and the bulk files (created if missing)", Required = true };
        var indexPath = new Option<DirectoryInfo>("--index") { Description = "the index folder (Archive:IndexPath)", DefaultValueFactory = _ => new DirectoryInfo("index") };
        var maxMegabytes = new Option<double>("--max-file-mb") { Description = "largest bulk file (one bulk request), in megabytes", DefaultValueFactory = _ => ClusterExportOptions.DefaultMaxFileBytes / 1048576.0 };
        var restart = new Option<bool>("--restart") { Description = "discard an earlier export in the folder and begin again" };
        var command = new Command("export", "Write the archive as an index template and bulk files for a cluster; run again to go on") { folder, indexPath, maxMegabytes, restart };
        command.SetAction((parse, cancellation) =>
        {
            var options = new ClusterExportOptions(parse.GetValue(folder)!.FullName)
            {
                MaxFileBytes = (long)(parse.GetValue(maxMegabytes) * 1048576),
                Restart = parse.GetValue(restart),
            };
            return Task.FromResult(Run(parse.GetValue(indexPath)!, options, cancellation));
        });
        return command;
    }

    private static int Run(DirectoryInfo indexPath, ClusterExportOptions options, CancellationToken cancellation)
    {
        options.Validate();
        // Opening a folder without an index would create an empty one: refuse instead.
        if (!indexPath.Exists || indexPath.GetFiles("segments_*").Length == 0)
        {
            Console.Error.WriteLine($"archivesearch export: there is no index in {indexPath.FullName}");
            return 2;
        }

        using var workspace = new ArchiveWorkspace(indexPath.FullName, logging: l => l.AddSimpleConsole(c => c.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        var exporter = new ClusterExporter(workspace.Index, workspace.Contents);
        try
        {
            var done = exporter.Export(options, cancellation, Report);
            Console.Error.WriteLine();
            Console.WriteLine(JsonSerializer.Serialize(new { items = done.Items, files = done.Files, folder = options.Folder }));
            return 0;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine();
            Console.Error.WriteLine("Stopped. The finished bulk files are kept; run the same command again to go on.");
            return 130;
        }
    }

    private static void Report(ExportProgress progress)
    {
        var share = progress.Total == 0 ? 100 : 100.0 * progress.Items / progress.Total;
        Console.Error.Write(string.Create(CultureInfo.InvariantCulture,
            $"\rexported {progress.Items:N0} of {progress.Total:N0} items ({share:F1} %), {progress.Files} files, {progress.ItemsPerSecond:N0} items/s{(progress.Resumed ? ", resumed" : "")}   "));
    }
}
