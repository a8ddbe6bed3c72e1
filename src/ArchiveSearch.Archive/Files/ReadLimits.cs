using System.Globalization;

namespace ArchiveSearch.Archive.Files;

/// <summary>
/// How much of one file is read and for how long. <paramref name="Setting"/> names the setting that raises the
/// size limit, so a refusal says what to change; <paramref name="What"/> names the file's role ("page", "sidecar")
/// and <paramref name="Advice"/> what else can be done.
/// </summary>
public sealed record ReadLimits(long MaxBytes, TimeSpan MaxTime, string What, string Setting, string Advice = "raise the limit")
{
    public string TooLarge(long size) => string.Create(CultureInfo.InvariantCulture,
        $"the file is {size:N0} bytes, over the {What} size limit of {MaxBytes:N0} bytes ({Setting}); {Advice}");

    public string TooSlow(long readSoFar) => string.Create(CultureInfo.InvariantCulture,
        $"reading it took longer than the time limit of {MaxTime.TotalSeconds:0.###} s (Archive:MaxReadSeconds) after {readSoFar:N0} bytes");
}
