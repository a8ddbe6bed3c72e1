namespace ArchiveSearch.Archive.Segmentation;

/// <summary>
/// A named rule that changes the kind a line's shape gave it, from the lines around it: the block at the index
/// has kind <see cref="From"/> and becomes <see cref="Kind"/> when <see cref="Applies"/> holds.
/// </summary>
public sealed record ContextRule(string Name, LineKind From, LineKind Kind, string Reason, Func<IReadOnlyList<Block>, int, bool> Applies);
