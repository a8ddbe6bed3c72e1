using System.Diagnostics;

namespace ArchiveSearch.Testing;

/// <summary>Real named pipes (FIFOs) on disk, made with the system's <c>mkfifo</c>.</summary>
public static class NamedPipes
{
    public static void Make(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0)
            throw new InvalidOperationException($"mkfifo {path} failed with exit code {mkfifo.ExitCode}");
    }
}
