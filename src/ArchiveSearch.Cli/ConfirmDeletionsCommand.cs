using System.CommandLine;
using ArchiveSearch.Index.Composition;
using Microsoft.Extensions.Logging;

namespace ArchiveSearch.Cli;

/// <summary>
/// <c>confirm-deletions</c>: an operator's confirmation of removals the service held back (an inbox that turned up
/// empty, or more than <c>Archive:MaxDeleteFraction</c> of the pages gone at once). Brings the index in line with
/// the inbox, removals included. Runs on an index the service does not have open (stop the service first).
/// </summary>
internal static class ConfirmDeletionsCommand
{
    public static Command Create()
    {
        var inbox = new Option<DirectoryInfo>("--inbox") { Description = "the service's inbox folder (Archive:InboxPath)", Required = true };
        var indexPath = new Option<DirectoryInfo>("--index") { Description = "the service's index folder (Archive:IndexPath)", Required = true };
        var command = new Command("confirm-deletions", "Remove from the index the pages whose files are gone, as the service held back") { inbox, indexPath };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(inbox)!;
            if (!folder.Exists)
            {
                Console.Error.WriteLine($"archivesearch confirm-deletions: the inbox {folder.FullName} does not exist; nothing was removed");
                return 2;
            }

            try
            {
                using var workspace = new ArchiveWorkspace(parse.GetValue(indexPath)!.FullName, logging: l => l.AddSimpleConsole(c => c.SingleLine = true).SetMinimumLevel(LogLevel.Information));
                var before = workspace.Index.CommittedCounts;
                workspace.Ingest(folder.FullName, CancellationToken.None, confirmDeletions: true);
                var after = workspace.Index.CommittedCounts;
                Console.WriteLine($"{after.Pages + after.Quarantined} pages in the index ({before.Pages + before.Quarantined} before)");
                return 0;
            }
            catch (InvalidOperationException e) when (e.Message.Contains("locked", StringComparison.Ordinal))
            {
                Console.Error.WriteLine("archivesearch confirm-deletions: " + e.Message + " Stop the service first.");
                return 1;
            }
        });
        return command;
    }
}
