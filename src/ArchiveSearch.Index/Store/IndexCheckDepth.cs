namespace ArchiveSearch.Index.Store;

/// <summary>How thoroughly an index is checked before it is used.</summary>
public enum IndexCheckDepth
{
    /// <summary>Every file of the last commit against its checksum, then a reader opened over it: one read of the index.</summary>
    Fast,

    /// <summary>The fast check, then Lucene's CheckIndex decoding every segment (postings, stored fields, norms): slower.</summary>
    Full,
}
