using System.Collections.Concurrent;

namespace ArchiveSearch.Server.Indexing;

/// <summary>
/// Pages to index again now although their files did not change (their corrections did). The indexing worker takes
/// them at once, indexes and commits them, then completes each request, so a correction is searchable when its
/// request returns.
/// </summary>
public sealed class PageReindexQueue
{
    private readonly ConcurrentQueue<(string Path, TaskCompletionSource Done)> pending = new();

    /// <summary>Set by the worker: wakes it up.</summary>
    internal Action? Wake { get; set; }

    /// <summary>Asks for the page to be indexed again; the task completes once it is committed (or fails with why not).</summary>
    public Task Request(string path)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        pending.Enqueue((path, done));
        Wake?.Invoke();
        return done.Task;
    }

    internal List<(string Path, TaskCompletionSource Done)> Take()
    {
        var taken = new List<(string, TaskCompletionSource)>();
        while (pending.TryDequeue(out var item))
            taken.Add(item);
        return taken;
    }
}
