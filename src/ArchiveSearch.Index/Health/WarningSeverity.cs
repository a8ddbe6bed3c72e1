namespace ArchiveSearch.Index.Health;

/// <summary>How a warning bears on readiness: Degraded still serves searches, Unhealthy means the answers cannot be trusted.</summary>
public enum WarningSeverity
{
    Degraded,
    Unhealthy,
}
