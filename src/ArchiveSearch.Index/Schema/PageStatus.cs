namespace ArchiveSearch.Index.Schema;

public enum PageStatus
{
    Indexed,

    /// <summary>The file could not be used (binary, empty, undecodable); it stays where it is and is retried when it changes.</summary>
    Quarantined,
}
