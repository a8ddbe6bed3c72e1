using System.Diagnostics;
using System.Text.Json;
using ArchiveSearch.Testing;

namespace ArchiveSearch.Cli.Tests;

/// <summary><c>archivesearch index</c> and <c>confirm-deletions</c> as an operator runs them: real processes over a real index on disk.</summary>
public sealed class IndexCommandTests : IDisposable
{
    private readonly string root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "archivesearch-cli-index", Guid.NewGuid().ToString("n"))).FullName;

    private string Inbox => Path.Combine(root, "inbox");

    private string IndexPath => Path.Combine(root, "index");

    /// <summary>Copies of the sample pages under new names, <paramref name="count"/> in all.</summary>
    private void WritePages(int count, int from = 0)
    {
        var samples = Directory.GetFiles(SamplePages.Folder, "*.txt").Order(StringComparer.Ordinal).ToArray();
        for (var n = from; n < from + count; n++)
        {
            var path = Path.Combine(Inbox, $"{n / 100:D2}", $"page-{n:D4}.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Copy(samples[n % samples.Length], path);
        }
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = SharedFolder.RepositoryRoot };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "archivesearch.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }

    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Documents in the last commit of the index folder (0 while there is none), read as another process would.</summary>
    private int CommittedDocuments()
    {
        if (!Directory.Exists(IndexPath))
            return 0;
        // The archive's codec is made known to Lucene when its index assembly is first used.
        System.Runtime.CompilerServices.RuntimeHelpers.RunModuleConstructor(typeof(ArchiveSearch.Index.Store.ArchiveIndex).Module.ModuleHandle);
        try
        {
            using var folder = Lucene.Net.Store.FSDirectory.Open(IndexPath);
            if (!Lucene.Net.Index.DirectoryReader.IndexExists(folder))
                return 0;
            using var reader = Lucene.Net.Index.DirectoryReader.Open(folder);
            return reader.NumDocs;
        }
        catch (IOException)
        {
            // A commit replaced the one being opened: look again.
            return 0;
        }
    }

    private static JsonElement Summary(string output) => JsonDocument.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]).RootElement;

    [Fact]
    public void Index_loads_a_folder_and_a_second_run_reads_only_what_is_new()
    {
        WritePages(6);
        var (exit, output, error) = Run("index", Inbox, "--index", IndexPath);
        Assert.True(exit == 0, error);
        Assert.Equal(6, Summary(output).GetProperty("pages").GetInt32());
        Assert.Equal(6, Summary(output).GetProperty("pages_changed").GetInt32());

        WritePages(2, from: 6);
        (exit, output, _) = Run("index", Inbox, "--index", IndexPath);

        Assert.Equal(0, exit);
        Assert.Equal(8, Summary(output).GetProperty("pages").GetInt32());
        Assert.Equal(2, Summary(output).GetProperty("pages_changed").GetInt32());
    }

    [Fact]
    public void An_index_run_killed_after_a_commit_goes_on_from_there_when_run_again()
    {
        const int pages = 600;
        WritePages(pages);
        // Commits every 200 articles, so several land during the load however fast the machine is.
        using (var first = Start("index", Inbox, "--index", IndexPath, "--commit-articles", "200"))
        {
            first.StandardOutput.ReadToEndAsync();
            first.StandardError.ReadToEndAsync();
            // The index is committed empty at creation and may be committed again before the load starts:
            // only a commit that holds articles is one of the load's.
            var clock = Stopwatch.StartNew();
            while (CommittedDocuments() == 0)
            {
                Assert.False(first.HasExited, "the load ended before its first commit could be seen");
                Assert.True(clock.Elapsed.TotalSeconds < 120, "no commit within two minutes");
                Thread.Sleep(20);
            }

            Assert.False(first.HasExited, "the load finished before it could be killed, so there is no resume to check");
            first.Kill(entireProcessTree: true);
            first.WaitForExit();
        }

        var (exit, output, error) = Run("index", Inbox, "--index", IndexPath);

        Assert.True(exit == 0, error);
        var summary = Summary(output);
        Assert.Equal(pages, summary.GetProperty("pages").GetInt32());
        // The run again indexes what the killed run had not committed (at least one page) and redoes no committed page.
        Assert.InRange(summary.GetProperty("pages_changed").GetInt32(), 1, pages - 1);
    }

    [Fact]
    public void Deletions_held_for_an_empty_inbox_are_made_by_confirm_deletions()
    {
        WritePages(4);
        Assert.Equal(0, Run("index", Inbox, "--index", IndexPath).Exit);
        foreach (var file in Directory.GetFiles(Inbox, "*.txt", SearchOption.AllDirectories))
            File.Delete(file);

        var (exit, output, error) = Run("index", Inbox, "--index", IndexPath);
        Assert.Equal(0, exit);
        Assert.Equal(4, Summary(output).GetProperty("pages").GetInt32());
        Assert.Contains("holds no page files", error);

        (exit, output, error) = Run("confirm-deletions", "--inbox", Inbox, "--index", IndexPath);

        Assert.True(exit == 0, error);
        Assert.Contains("0 pages in the index (4 before)", output);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
