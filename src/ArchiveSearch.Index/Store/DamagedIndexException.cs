namespace ArchiveSearch.Index.Store;

/// <summary>The index is damaged and the configuration says not to rebuild it; the message is for the operator.</summary>
public sealed class DamagedIndexException(string message) : Exception(message);
