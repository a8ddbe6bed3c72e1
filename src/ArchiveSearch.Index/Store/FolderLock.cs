using System.Runtime.InteropServices;

namespace ArchiveSearch.Index.Store;

/// <summary>
/// An exclusive advisory lock (flock) on the index folder itself. The lock file can be deleted under a running
/// service, and a second process would then lock a new file of the same name; the folder cannot be replaced while
/// it holds the index, so a lock on it keeps that second writer out. Linux only; elsewhere the lock file alone holds.
/// </summary>
internal sealed class FolderLock : IDisposable
{
    private const int OpenReadOnly = 0;
    private const int OpenDirectory = 0x10000;
    private const int OpenCloseOnExec = 0x80000;
    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;
    private const int WouldBlock = 11;

    private readonly int descriptor;

    private FolderLock(int descriptor) => this.descriptor = descriptor;

    [DllImport("libc.so.6", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc.so.6", EntryPoint = "flock", SetLastError = true)]
    private static extern int Flock(int descriptor, int operation);

    [DllImport("libc.so.6", EntryPoint = "close")]
    private static extern int Close(int descriptor);

    /// <summary>Locks the folder; null where the platform has no such lock. Throws when another holder has it.</summary>
    /// <exception cref="IOException">another open of the folder holds the lock.</exception>
    public static FolderLock? Acquire(string folder)
    {
        if (!OperatingSystem.IsLinux())
            return null;
        var descriptor = Open(folder, OpenReadOnly | OpenDirectory | OpenCloseOnExec);
        if (descriptor < 0)
            throw new IOException($"Cannot open the index folder {folder} to lock it (errno {Marshal.GetLastPInvokeError()})");
        if (Flock(descriptor, LockExclusive | LockNonBlocking) == 0)
            return new FolderLock(descriptor);
        var error = Marshal.GetLastPInvokeError();
        Close(descriptor);
        throw new IOException(error == WouldBlock
            ? $"The index folder {folder} is locked by another writer"
            : $"Cannot lock the index folder {folder} (errno {error})");
    }

    public void Dispose() => Close(descriptor);
}
