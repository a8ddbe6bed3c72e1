namespace ArchiveSearch.Index.Coverage;

/// <summary>
/// One piece of a draft's distinctive content: a SmartCN word, or a name found as an exact string (a run of
/// characters the dictionary does not know, or a string the draft repeats that few articles hold).
/// <see cref="Weight"/> is its inverse document frequency over the archive, raised for names.
/// </summary>
public sealed record ContentUnit(string Text, bool IsName, int DocFreq, double Weight);
