namespace ArchiveSearch.Archive.Segmentation;

/// <summary>
/// A named rule that doubts an item's cut. <see cref="Find"/> returns null when the item is clean, otherwise the
/// text it doubts ("" when the doubt is about the item as a whole).
/// </summary>
/// <param name="Code">The stable code of the rule, written with every reason it gives.</param>
/// <param name="Words">What the rule finds, in English.</param>
public sealed record CutRule(string Code, string Words, Func<CutEvidence, string?> Find);
