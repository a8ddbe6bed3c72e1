using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace ArchiveSearch.Archive.Files;

/// <summary>
/// The two Linux calls .NET does not offer: <c>open</c> with <c>O_NOFOLLOW | O_NONBLOCK</c> (a link is refused
/// instead of followed, a named pipe opens at once instead of waiting for a writer) and <c>statx</c>, whose
/// record has the same layout on every architecture, to tell a regular file from a pipe or a device.
/// </summary>
internal static class LinuxFileCalls
{
    private const int OpenReadOnly = 0;
    private const int OpenNoControllingTerminal = 0x100;
    private const int OpenNonBlocking = 0x800;
    private const int OpenCloseOnExec = 0x80000;

    // O_NOFOLLOW differs between architectures (0400000 on x86, 0100000 on ARM).
    private static readonly int OpenNoFollow = RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm ? 0x8000 : 0x20000;

    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxTypeModeSizeMtime = 0x1 | 0x2 | 0x40 | 0x200;

    public const int NoSuchEntry = 2;
    public const int PermissionDenied = 13;
    public const int TooManyLinks = 40;

    public static bool Available { get; } = OperatingSystem.IsLinux();

    static LinuxFileCalls()
    {
        // "libc" alone may find the linker script libc.so of a development package; the C library itself is libc.so.6.
        NativeLibrary.SetDllImportResolver(typeof(LinuxFileCalls).Assembly, (name, assembly, paths) =>
            name == "libc" && OperatingSystem.IsLinux() && NativeLibrary.TryLoad("libc.so.6", out var handle) ? handle : IntPtr.Zero);
    }

    [DllImport("libc", EntryPoint = "opendir", SetLastError = true)]
    public static extern IntPtr OpenDirectory([MarshalAs(UnmanagedType.LPUTF8Str)] string path);

    [DllImport("libc", EntryPoint = "readdir64")]
    public static extern IntPtr ReadDirectory(IntPtr directory);

    [DllImport("libc", EntryPoint = "closedir")]
    public static extern int CloseDirectory(IntPtr directory);

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    /// <summary>Opens a file for reading without following a link at its last step and without waiting; returns the descriptor or -errno.</summary>
    public static int OpenForReading(string path)
    {
        var fd = Open(path, OpenReadOnly | OpenNoFollow | OpenNonBlocking | OpenCloseOnExec | OpenNoControllingTerminal);
        return fd >= 0 ? fd : -Marshal.GetLastPInvokeError();
    }

    /// <summary>What a path names, its last step not followed; null with <paramref name="error"/> set when statx fails.</summary>
    public static EntryInfo? Describe(string path, out int error) => Stat(AtFdCwd, path, AtSymlinkNoFollow, out error);

    /// <summary>What an open descriptor is.</summary>
    public static EntryInfo? Describe(int fd, out int error) => Stat(fd, "", AtEmptyPath, out error);

    private static EntryInfo? Stat(int directory, string path, int flags, out int error)
    {
        var buffer = new byte[256];
        if (Statx(directory, path, flags, StatxTypeModeSizeMtime, buffer) != 0)
        {
            error = Marshal.GetLastPInvokeError();
            return null;
        }

        error = 0;
        // struct statx: stx_mode (u16) at 28, stx_size (u64) at 40, stx_mtime (i64 seconds, u32 nanoseconds) at 112.
        var mode = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(28));
        var size = BinaryPrimitives.ReadInt64LittleEndian(buffer.AsSpan(40));
        var seconds = BinaryPrimitives.ReadInt64LittleEndian(buffer.AsSpan(112));
        var nanoseconds = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(120));
        var mtime = DateTime.UnixEpoch.AddSeconds(seconds).AddTicks(nanoseconds / 100);
        return new EntryInfo(KindOf(mode), size, mtime);
    }

    private static EntryKind KindOf(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => EntryKind.RegularFile,
        0x4000 => EntryKind.Folder,
        0xA000 => EntryKind.SymbolicLink,
        0x1000 => EntryKind.NamedPipe,
        0x2000 => EntryKind.CharacterDevice,
        0x6000 => EntryKind.BlockDevice,
        0xC000 => EntryKind.Socket,
        _ => EntryKind.Unknown,
    };
}
