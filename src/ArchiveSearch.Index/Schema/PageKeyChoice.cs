namespace ArchiveSearch.Index.Schema;

/// <summary>A candidate key for a page's article ids and the rule that makes it (see <see cref="ArticleId.Candidates"/>).</summary>
public sealed record PageKeyChoice(string Rule, string Key);
