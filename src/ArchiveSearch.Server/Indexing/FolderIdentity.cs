using System.Runtime.InteropServices;

namespace ArchiveSearch.Server.Indexing;

/// <summary>
/// Which folder a path names: its device and inode on Linux, so a folder moved away and replaced by another under
/// the same path is told from the one that was there. Elsewhere (or if stat is unavailable) it is unknown and
/// every comparison says "same".
/// </summary>
public readonly record struct FolderIdentity(ulong Device, ulong Inode)
{
    public static FolderIdentity? Of(string path)
    {
        if (!OperatingSystem.IsLinux())
            return null;
        try
        {
            // struct stat begins with st_dev and st_ino, 8 bytes each, on x86-64 and on arm64 alike.
            var buffer = new byte[256];
            return Stat(path, buffer) == 0
                ? new FolderIdentity(BitConverter.ToUInt64(buffer, 0), BitConverter.ToUInt64(buffer, 8))
                : null;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);
}
