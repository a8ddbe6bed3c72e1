using System.Diagnostics;

namespace ArchiveSearch.Testing;

/// <summary>
/// Files whose names are raw bytes (a name in GBK, say), which .NET cannot create: the name's bytes go through the
/// shell's <c>printf</c> as octal escapes.
/// </summary>
public static class RawFileNames
{
    /// <summary>Writes <paramref name="content"/> into <paramref name="folder"/> under the name made of <paramref name="name"/>'s bytes.</summary>
    public static void Write(string folder, byte[] name, string content)
    {
        Directory.CreateDirectory(folder);
        var octal = string.Concat(name.Select(b => "\\" + Convert.ToString(b, 8).PadLeft(3, '0')));
        var text = Path.Combine(folder, ".raw-name-content");
        File.WriteAllText(text, content);
        var start = new ProcessStartInfo("sh") { WorkingDirectory = folder };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"mv .raw-name-content \"$(printf '{octal}')\"");
        using var shell = Process.Start(start)!;
        shell.WaitForExit();
        if (shell.ExitCode != 0)
            throw new InvalidOperationException($"could not create a file named with bytes {Convert.ToHexString(name)}");
    }

    /// <summary>Removes a folder and everything in it, names .NET cannot open included (<c>rm -rf</c>).</summary>
    public static void DeleteTree(string folder)
    {
        using var rm = Process.Start("rm", ["-rf", "--", folder]);
        rm.WaitForExit();
    }
}
