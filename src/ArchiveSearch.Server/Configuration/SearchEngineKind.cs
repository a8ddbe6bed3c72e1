namespace ArchiveSearch.Server.Configuration;

/// <summary>What answers searches: the index on this machine, or an Elasticsearch or OpenSearch cluster loaded with the export.</summary>
public enum SearchEngineKind
{
    Lucene,
    Elasticsearch,
}
