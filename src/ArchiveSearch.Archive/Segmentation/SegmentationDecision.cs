namespace ArchiveSearch.Archive.Segmentation;

/// <summary>One decision of the segmentation pipeline: which pass made it, by which rule, about which text.</summary>
/// <param name="Pass">The pass that decided (lines, classification, wraps, reading-order, credits, assembly).</param>
/// <param name="Rule">The name of the rule that decided.</param>
/// <param name="Outcome">What was decided: a line's kind, a join, a cut, an article started.</param>
/// <param name="Start">Where the text decided about starts in the page.</param>
/// <param name="Text">The text decided about.</param>
public sealed record SegmentationDecision(string Pass, string Rule, string Outcome, int Start, string Text);
