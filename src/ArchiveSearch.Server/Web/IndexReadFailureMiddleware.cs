using ArchiveSearch.Index.Store;
using ArchiveSearch.Server.Problems;

namespace ArchiveSearch.Server.Web;

/// <summary>
/// A request that fails because the index cannot be read (damage under the running service) is reported, so health
/// says so, and answered with a 503 problem that says what is wrong rather than a bare 500. An answer already
/// streaming (an export) cannot change its status: it is cut, and the report still made.
/// </summary>
public sealed class IndexReadFailureMiddleware(RequestDelegate next, IndexReadFailures failures)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (IndexReadFailures.IsIndexReadFailure(e))
        {
            failures.Report(e);
            if (context.Response.HasStarted)
                throw;
            context.Response.Clear();
            await ApiProblems.Of(ProblemCodes.IndexUnavailable,
                "The index cannot be read right now: part of it is damaged or unreadable on disk. The service reports it in /health/ready and /api/stats.")
                .ExecuteAsync(context);
        }
    }
}
