using System.Diagnostics;
using ArchiveSearch.Testing;

namespace ArchiveSearch.Cli.Tests;

/// <summary>The command-line tool run as a real process from the repository root.</summary>
internal static class CliProcess
{
    public static (int Exit, string Out, string Error) Run(params string[] args) => RunWithInput(null, args);

    /// <summary>Runs the tool with <paramref name="input"/> as its standard input (a password piped in).</summary>
    public static (int Exit, string Out, string Error) RunWithInput(string? input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = input is not null, WorkingDirectory = SharedFolder.RepositoryRoot };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "archivesearch.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
