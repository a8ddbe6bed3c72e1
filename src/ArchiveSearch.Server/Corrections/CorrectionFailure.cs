using ArchiveSearch.Server.Problems;

namespace ArchiveSearch.Server.Corrections;

/// <summary>A correction that cannot be made: the code of the reason (which decides the status) and a sentence saying why.</summary>
public sealed class CorrectionFailure(ProblemCode code, string message, params (string Name, object? Value)[] values) : Exception(message)
{
    public ProblemCode Code { get; } = code;

    public int Status => Code.Status;

    /// <summary>The values the message names, by the names the code declares.</summary>
    public IReadOnlyList<(string Name, object? Value)> Values { get; } = values;
}
