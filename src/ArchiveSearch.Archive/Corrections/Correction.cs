using System.Text.Json.Serialization;

namespace ArchiveSearch.Archive.Corrections;

/// <summary>
/// One correction of a page's cut, as its file keeps it: what it does (<see cref="Kind"/> and the fields that kind
/// uses), who made it, when and why, and the hash of the page text it was made against. An undone correction stays
/// in the file with who undid it, so the file is the page's history.
/// </summary>
public sealed record Correction
{
    public int Id { get; init; }

    public required string Kind { get; init; }

    public required string By { get; init; }

    public DateTimeOffset At { get; init; }

    public string? Why { get; init; }

    /// <summary>SHA-256 of the page text the correction was made against (see <see cref="PageText.Hash"/>).</summary>
    public required string ContentHash { get; init; }

    /// <summary>The item corrected (merge: the one that stays; set: the one set; split, move: found by <see cref="Paragraph"/>).</summary>
    public ItemRef? Item { get; init; }

    /// <summary>The paragraph a split starts at, or that a move takes.</summary>
    public ParagraphRef? Paragraph { get; init; }

    /// <summary>Where a merge takes its text from, or where a move puts it (none: out of all items).</summary>
    public ItemRef? Target { get; init; }

    /// <summary>The ordinal a split gives the new item, chosen when the correction was made so its id never changes.</summary>
    public int? NewOrdinal { get; init; }

    public string? Credit { get; init; }

    public string? Title { get; init; }

    public string? Subtitle { get; init; }

    public string? Byline { get; init; }

    public IReadOnlyList<string>? Authors { get; init; }

    public string? Paper { get; init; }

    public string? Date { get; init; }

    public string? Page { get; init; }

    public Undo? Undone { get; init; }

    [JsonIgnore]
    public bool IsActive => Undone is null;
}

/// <summary>Who undid a correction, and when.</summary>
public sealed record Undo(string By, DateTimeOffset At);
