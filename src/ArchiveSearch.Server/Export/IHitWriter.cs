namespace ArchiveSearch.Server.Export;

/// <summary>Writes exported rows in one format, one at a time, to a stream the caller flushes.</summary>
public interface IHitWriter
{
    string ContentType { get; }

    string Extension { get; }

    Task WriteHeaderAsync(TextWriter output);

    Task WriteAsync(TextWriter output, ExportRow row);
}
