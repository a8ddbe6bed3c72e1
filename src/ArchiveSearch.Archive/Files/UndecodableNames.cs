using System.Runtime.InteropServices;
using System.Text;

namespace ArchiveSearch.Archive.Files;

/// <summary>
/// File names that are not valid UTF-8 (a name written in GBK, say). .NET decodes such a name with replacement
/// characters, so the file can neither be opened by that name nor told apart from another name that decodes the
/// same. Read from the folder as raw bytes, each such name is shown with its undecodable bytes as <c>\xHH</c>,
/// which names the file unambiguously in a log or a list.
/// </summary>
public static class UndecodableNames
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>Whether a name as .NET decoded it came from bytes that are not UTF-8.</summary>
    public static bool IsUndecodable(string name) => name.Contains('\uFFFD');

    /// <summary>
    /// The names in <paramref name="folder"/> that are not valid UTF-8, escaped; <paramref name="decoded"/> (the
    /// names as .NET gave them) stand in when the folder cannot be read byte for byte (not Linux).
    /// </summary>
    public static IReadOnlyList<string> In(string folder, IEnumerable<string> decoded)
    {
        if (!OperatingSystem.IsLinux())
            return decoded.Where(IsUndecodable).ToList();
        var names = new List<string>();
        var directory = LinuxFileCalls.OpenDirectory(folder);
        if (directory == IntPtr.Zero)
            return decoded.Where(IsUndecodable).ToList();
        try
        {
            IntPtr entry;
            while ((entry = LinuxFileCalls.ReadDirectory(directory)) != IntPtr.Zero)
            {
                // struct dirent64 on 64-bit Linux: d_ino (8), d_off (8), d_reclen (2), d_type (1), then d_name.
                var bytes = new List<byte>();
                for (var offset = 19; Marshal.ReadByte(entry, offset) is var b && b != 0; offset++)
                    bytes.Add(b);
                var raw = bytes.ToArray();
                if (!System.Text.Unicode.Utf8.IsValid(raw))
                    names.Add(Escape(raw));
            }
        }
        finally
        {
            LinuxFileCalls.CloseDirectory(directory);
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>The name with each byte that is not part of valid UTF-8 written as <c>\xHH</c>.</summary>
    public static string Escape(ReadOnlySpan<byte> raw)
    {
        var text = new StringBuilder(raw.Length * 2);
        while (!raw.IsEmpty)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(raw, new char[raw.Length * 2], out var read, out var written, replaceInvalidSequences: false);
            if (read > 0)
                text.Append(StrictUtf8.GetString(raw[..read]));
            raw = raw[read..];
            if (status != System.Buffers.OperationStatus.Done && !raw.IsEmpty)
            {
                text.Append(@"\x").Append(raw[0].ToString("X2"));
                raw = raw[1..];
            }
        }

        return text.ToString();
    }
}
