namespace ArchiveSearch.Server.Corrections;

/// <summary>A correction that cannot be made, with the status to answer and a sentence saying why.</summary>
public sealed class CorrectionFailure(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}
