namespace ArchiveSearch.Server.Export;

/// <summary>Writes exported rows in one format, one at a time, to a stream the caller flushes.</summary>
public interface IHitWriter
{
    string ContentType { get; }

    string Extension { get; }

    /// <summary>What the export is (query, filters, time, rows), then the column names where the format has them.</summary>
    Task WriteHeaderAsync(TextWriter output, ExportHeader header);

    Task WriteAsync(TextWriter output, ExportRow row);
}
