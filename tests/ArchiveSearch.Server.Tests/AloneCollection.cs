namespace ArchiveSearch.Server.Tests;

/// <summary>
/// Tests that measure the service's response times run in this collection: xunit runs it by itself, after the
/// collections that run side by side, so what they measure is the service and not a neighbouring test.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "measured alone";
}
