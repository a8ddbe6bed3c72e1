namespace ArchiveSearch.Index.Coverage;

/// <summary>An article worth comparing in full with a draft: its document number and the draft's words it holds, weightiest first.</summary>
public sealed record CoverageCandidate(int Doc, IReadOnlyList<ContentUnit> Words);
