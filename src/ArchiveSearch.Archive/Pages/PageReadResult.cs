namespace ArchiveSearch.Archive.Pages;

/// <summary>The outcome of reading one page file: its decoded text, or why it cannot be used.</summary>
public sealed record PageReadResult
{
    public string? Text { get; private init; }
    public string? EncodingName { get; private init; }
    public string? Failure { get; private init; }

    public bool Succeeded => Failure is null;

    public static PageReadResult Ok(string text, string encodingName) => new() { Text = text, EncodingName = encodingName };

    public static PageReadResult Unreadable(string reason) => new() { Failure = reason };
}
