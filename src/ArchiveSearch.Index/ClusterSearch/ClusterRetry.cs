namespace ArchiveSearch.Index.ClusterSearch;

/// <summary>
/// How a write the cluster did not take for a transient reason (<see cref="ClusterRequestException.Transient"/>) is sent
/// again: at most <see cref="Attempts"/> times in all, waiting <see cref="FirstDelay"/> before the second, twice as long
/// before each one after, never longer than <see cref="MaxDelay"/>.
/// </summary>
public sealed record ClusterRetry(int Attempts, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    public const int DefaultAttempts = 5;
    public const double DefaultDelaySeconds = 0.5;

    public static readonly ClusterRetry Default = new(DefaultAttempts, TimeSpan.FromSeconds(DefaultDelaySeconds), TimeSpan.FromSeconds(30));

    /// <summary>The wait before attempt <paramref name="attempt"/> (2 for the first one sent again).</summary>
    public TimeSpan DelayBefore(int attempt)
    {
        var doubled = FirstDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, attempt - 2));
        return TimeSpan.FromMilliseconds(Math.Min(doubled, MaxDelay.TotalMilliseconds));
    }
}
