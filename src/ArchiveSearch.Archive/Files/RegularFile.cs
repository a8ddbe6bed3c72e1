using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ArchiveSearch.Archive.Files;

/// <summary>
/// Reads files from a folder others write into, so that no entry can stall or fool the reader: a file is opened
/// only if it is a regular file, without following a link (a sidecar linked to <c>/dev/zero</c> or to a file
/// outside the inbox is refused, not read) and without waiting (a named pipe is refused at once instead of
/// blocking until someone writes into it); it is read up to a size limit and a time limit, so an over-large file
/// is never read whole. The kind is checked on the opened descriptor, so an entry swapped after it was looked
/// at is refused too. A single read the kernel does not return from (a hung network share) cannot be cut short.
/// </summary>
public static class RegularFile
{
    private const int Chunk = 81920;

    /// <summary>What a path names, without following a link.</summary>
    public static EntryInfo Describe(string path)
    {
        if (LinuxFileCalls.Available)
        {
            if (LinuxFileCalls.Describe(path, out var error) is { } info)
                return info;
            return error == LinuxFileCalls.NoSuchEntry ? EntryInfo.Missing : throw Failure(path, error);
        }

        var entry = new FileInfo(path);
        if (entry.LinkTarget is not null)
            return new EntryInfo(EntryKind.SymbolicLink, 0, default);
        if (Directory.Exists(path))
            return new EntryInfo(EntryKind.Folder, 0, default);
        return entry.Exists ? new EntryInfo(EntryKind.RegularFile, entry.Length, entry.LastWriteTimeUtc) : EntryInfo.Missing;
    }

    /// <summary>
    /// Reads the whole file within the limits, or says why not. A missing file throws
    /// <see cref="FileNotFoundException"/> and a file that cannot be opened another <see cref="IOException"/> or
    /// <see cref="UnauthorizedAccessException"/>, as for any read.
    /// </summary>
    public static RegularFileRead ReadAll(string path, ReadLimits limits)
    {
        using var handle = Open(path, out var info);
        if (info.Refusal is { } refusal)
            return RegularFileRead.Refused(refusal);
        if (info.Size > limits.MaxBytes)
            return RegularFileRead.Refused(limits.TooLarge(info.Size));

        var clock = Stopwatch.StartNew();
        // Reads one byte past the limit: a file that grew since its size was taken is refused too.
        var buffer = new byte[Math.Min(info.Size, limits.MaxBytes) + 1];
        long length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > limits.MaxBytes)
                    return RegularFileRead.Refused(limits.TooLarge(Math.Max(length, RandomAccess.GetLength(handle!))));
                Array.Resize(ref buffer, (int)Math.Min(limits.MaxBytes + 1, Math.Max(buffer.Length * 2L, Chunk)));
            }

            var read = RandomAccess.Read(handle!, buffer.AsSpan((int)length, (int)Math.Min(Chunk, buffer.Length - length)), length);
            if (read == 0)
                break;
            length += read;
            if (clock.Elapsed > limits.MaxTime)
                return RegularFileRead.Refused(limits.TooSlow(length));
        }

        if (length > limits.MaxBytes)
            return RegularFileRead.Refused(limits.TooLarge(length));
        Array.Resize(ref buffer, (int)length);
        return new RegularFileRead(buffer, null);
    }

    /// <summary>
    /// Feeds the file's bytes to <paramref name="consume"/> in chunks, within the time limit (no size limit: the
    /// file is never held whole). Returns why it was not read, or null.
    /// </summary>
    public static string? Stream(string path, TimeSpan maxTime, Action<ReadOnlySpan<byte>> consume)
    {
        using var handle = Open(path, out var info);
        if (info.Refusal is { } refusal)
            return refusal;
        var clock = Stopwatch.StartNew();
        var chunk = new byte[Chunk];
        long offset = 0;
        int read;
        while ((read = RandomAccess.Read(handle!, chunk, offset)) > 0)
        {
            consume(chunk.AsSpan(0, read));
            offset += read;
            if (clock.Elapsed > maxTime)
                return new ReadLimits(long.MaxValue, maxTime, "file", "").TooSlow(offset);
        }

        return null;
    }

    /// <summary>Opens the path for reading if it is a regular file; otherwise returns no handle and says what it is.</summary>
    private static SafeFileHandle? Open(string path, out EntryInfo info)
    {
        if (!LinuxFileCalls.Available)
        {
            info = Describe(path);
            if (!info.IsRegularFile)
                return info.Kind == EntryKind.Missing ? throw new FileNotFoundException($"Could not find file '{path}'.", path) : null;
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }

        var fd = LinuxFileCalls.OpenForReading(path);
        if (fd < 0)
        {
            if (-fd == LinuxFileCalls.TooManyLinks)
            {
                // O_NOFOLLOW refuses a link with ELOOP.
                info = new EntryInfo(EntryKind.SymbolicLink, 0, default);
                return null;
            }

            throw Failure(path, -fd);
        }

        var handle = new SafeFileHandle(fd, ownsHandle: true);
        if (LinuxFileCalls.Describe(fd, out var error) is not { } described)
        {
            handle.Dispose();
            throw Failure(path, error);
        }

        info = described;
        if (info.IsRegularFile)
            return handle;
        handle.Dispose();
        return null;
    }

    private static Exception Failure(string path, int error)
    {
        var message = $"{Marshal.GetPInvokeErrorMessage(error)}: '{path}'";
        return error switch
        {
            LinuxFileCalls.NoSuchEntry => new FileNotFoundException(message, path),
            LinuxFileCalls.PermissionDenied => new UnauthorizedAccessException(message),
            _ => new IOException(message, error),
        };
    }
}
