using System.ComponentModel;

namespace ArchiveSearch.Server.Endpoints;

/// <summary>The body of <c>POST /api/coverage</c>: a draft, and how to choose the earlier coverage shown beside it.</summary>
public sealed record DraftRequest(
    [property: Description("The draft text to compare with the archive.")] string? Text,
    [property: Description("The draft's date (yyyy-MM-dd; default today): articles published before it are marked beforeDraft.")] string? Date = null,
    [property: Description("Only articles published before this date (yyyy, yyyy-MM or yyyy-MM-dd).")] string? Before = null,
    [property: Description("How many related articles, 1 to 50 (default 10).")] int? Size = null,
    [property: Description("relevance (default) or date: oldest first, so the earliest coverage leads.")] string? Sort = null);
