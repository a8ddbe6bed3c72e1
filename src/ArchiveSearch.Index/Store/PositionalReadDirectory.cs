using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace ArchiveSearch.Index.Store;

/// <summary>
/// An index folder read with positional reads (<c>pread</c>) into Lucene's buffers, not memory maps. A file that
/// shrinks under a running service (truncated by a failing disk or a careless hand) then fails the read with an
/// <see cref="EndOfStreamException"/>, which is reported, where a mapped read past the new end of the file kills
/// the process. Positional reads need no lock, so searches on many threads read one file at once (Lucene.Net's
/// NIOFSDirectory locks the file for each read).
/// </summary>
public sealed class PositionalReadDirectory(DirectoryInfo path) : FSDirectory(path, null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        try
        {
            return new PositionalIndexInput($"PositionalIndexInput(path=\"{file}\")", handle, RandomAccess.GetLength(handle), context);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>One open file; its clones share the handle, which only the original closes.</summary>
    private sealed class PositionalIndexInput(string description, SafeFileHandle handle, long length, IOContext context)
        : BufferedIndexInput(description, context)
    {
        private bool isClone;

        public override long Length => length;

        protected override void ReadInternal(byte[] b, int offset, int count)
        {
            var position = Position;
            if (position + count > length)
                throw new EndOfStreamException($"read past EOF: {this} (position {position}, {count} bytes, length {length})");
            while (count > 0)
            {
                var read = RandomAccess.Read(handle, b.AsSpan(offset, count), position);
                if (read <= 0)
                    throw new EndOfStreamException($"read past the end of a file that shrank: {this} (position {position}, recorded length {length})");
                position += read;
                offset += read;
                count -= read;
            }
        }

        protected override void SeekInternal(long pos)
        {
        }

        public override object Clone()
        {
            var clone = (PositionalIndexInput)base.Clone();
            clone.isClone = true;
            return clone;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !isClone)
                handle.Dispose();
        }
    }
}
