namespace ArchiveSearch.Archive.Evaluation;

/// <summary>A cut rule that doubted an item, and whether the marks say the item was cut wrong: what calibrating the rules counts.</summary>
public sealed record CutRuleFiring(string Rule, bool ItemWrong);
