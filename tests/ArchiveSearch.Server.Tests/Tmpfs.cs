using System.Diagnostics;

namespace ArchiveSearch.Server.Tests;

/// <summary>A small RAM-backed file system mounted for a test, to give the index a disk that really fills up.</summary>
public sealed class Tmpfs : IDisposable
{
    private Tmpfs(string path) => Path = path;

    public string Path { get; }

    /// <summary>Why mounting is not possible here, or null when it is (root on Linux, and the sandbox allows it).</summary>
    public static readonly string? Unavailable = Probe();

    public static Tmpfs Mount(string path, int kilobytes)
    {
        Directory.CreateDirectory(path);
        Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", path);
        return new Tmpfs(path);
    }

    /// <summary>Grows (or shrinks) the mounted file system in place: space returning to a full disk.</summary>
    public void Resize(int kilobytes) => Run("mount", "-o", $"remount,size={kilobytes}k", Path);

    public void Dispose() => Run("umount", "-l", Path);

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
            return "a tmpfs can only be mounted on Linux";
        if (Environment.UserName != "root")
            return "mounting a tmpfs needs root";
        var probe = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "archivesearch-tmpfs-probe-" + Guid.NewGuid().ToString("n"));
        try
        {
            using (Mount(probe, 64))
            {
            }

            return null;
        }
        catch (Exception e)
        {
            return $"mounting a tmpfs failed here ({e.Message})";
        }
        finally
        {
            try { Directory.Delete(probe); } catch (IOException) { }
        }
    }

    private static void Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)}: {errors.Trim()}");
    }
}

/// <summary>A fact that needs a tmpfs; reported as skipped, with the reason, where one cannot be mounted.</summary>
public sealed class TmpfsFactAttribute : FactAttribute
{
    public TmpfsFactAttribute()
    {
        if (Tmpfs.Unavailable is { } reason)
            Skip = $"Skipped: {reason}; the full-disk behaviour is checked only where a small tmpfs can be mounted.";
    }
}
