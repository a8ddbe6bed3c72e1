namespace ArchiveSearch.Archive.Files;

/// <summary>A name in a folder as the file system describes it, links not followed: its kind, size and last change.</summary>
public readonly record struct EntryInfo(EntryKind Kind, long Size, DateTime LastWriteUtc)
{
    public static readonly EntryInfo Missing = new(EntryKind.Missing, 0, default);

    public bool IsRegularFile => Kind == EntryKind.RegularFile;

    /// <summary>Why an entry of this kind is not read, or null for a regular file (and for a missing one).</summary>
    public string? Refusal => Describe(Kind);

    public static string? Describe(EntryKind kind) => kind switch
    {
        EntryKind.RegularFile or EntryKind.Missing => null,
        EntryKind.SymbolicLink => "it is a symbolic link, and links in the inbox are never followed",
        EntryKind.NamedPipe => "it is a named pipe (FIFO), not a regular file",
        EntryKind.CharacterDevice => "it is a character device, not a regular file",
        EntryKind.BlockDevice => "it is a block device, not a regular file",
        EntryKind.Socket => "it is a socket, not a regular file",
        EntryKind.Folder => "it is a folder, not a regular file",
        _ => "it is not a regular file",
    };
}
