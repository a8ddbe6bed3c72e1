namespace ArchiveSearch.Index.Health;

/// <summary>One condition an operator must act on, said as a sentence, raised at <paramref name="Since"/>.</summary>
public sealed record OperatorWarning(string Key, string Sentence, WarningSeverity Severity, DateTimeOffset Since);
