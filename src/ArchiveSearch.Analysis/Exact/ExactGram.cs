namespace ArchiveSearch.Analysis.Exact;

/// <summary>
/// One unit of the exact-match sequence at its position: a character (one code point), or
/// <see cref="ExactGrams.Space"/> standing for a run of white space between characters.
/// </summary>
public readonly record struct ExactGram(string Text, int Position);
