namespace ArchiveSearch.Archive.Segmentation;

/// <summary>A named rule that gives a line its kind from the line's own shape.</summary>
public sealed record LineRule(string Name, LineKind Kind, string Reason, Func<string, bool> Matches);
