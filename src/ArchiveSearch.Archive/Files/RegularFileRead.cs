namespace ArchiveSearch.Archive.Files;

/// <summary>The bytes of a file read under limits, or why they were not read (<see cref="Refusal"/>).</summary>
public sealed record RegularFileRead(byte[]? Bytes, string? Refusal)
{
    public bool Succeeded => Refusal is null;

    public static RegularFileRead Refused(string reason) => new(null, reason);
}
