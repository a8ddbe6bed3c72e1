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
root.Subcommands.Add(ArchiveSearch.Cli.Bench.BenchCommand.Create());
return root.Parse(args).Invoke();
