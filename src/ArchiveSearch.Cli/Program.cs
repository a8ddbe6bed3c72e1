using System.CommandLine;
using ArchiveSearch.Cli;

var root = new RootCommand("ArchiveSearch command-line tools");
root.Subcommands.Add(AnalyzeCommand.Create());
root.Subcommands.Add(SplitCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(CheckIndexCommand.Create());
root.Subcommands.Add(IndexCommand.Create());
root.Subcommands.Add(ConfirmDeletionsCommand.Create());
root.Subcommands.Add(UsersCommand.Create());
root.Subcommands.Add(CorrectionsCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(ClusterCommand.Create());
root.Subcommands.Add(ArchiveSearch.Cli.Bench.BenchCommand.Create());
var parsed = root.Parse(args);
try
{
    // Without the default handler, which prints the whole exception: a refusal is one line (CommandRefusal).
    return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    Console.Error.WriteLine(CommandRefusal.Line(parsed.CommandResult.Command.Name, e));
    return CommandRefusal.ExitCode;
}
