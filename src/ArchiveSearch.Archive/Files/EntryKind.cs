namespace ArchiveSearch.Archive.Files;

/// <summary>What a name in a folder is, seen without following a link.</summary>
public enum EntryKind
{
    Missing,
    RegularFile,
    Folder,
    SymbolicLink,
    NamedPipe,
    CharacterDevice,
    BlockDevice,
    Socket,
    Unknown,
}
