namespace ArchiveSearch.Server.Html;

/// <summary>Who looks at a page view: their name when signed in, whether they may correct, and the antiforgery token for the forms.</summary>
public sealed record PageViewer(string? Name, string? Role, bool MayCorrect, string? Token);
