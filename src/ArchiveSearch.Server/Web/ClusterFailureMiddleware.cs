using ArchiveSearch.Index.ClusterSearch;
using ArchiveSearch.Server.Problems;

namespace ArchiveSearch.Server.Web;

/// <summary>
/// A search the cluster did not answer (<c>Search:Engine=elasticsearch</c>) is a 503 problem, not a bare 500; why (the
/// cluster's address and reason) goes to the log, not to the reader.
/// </summary>
public sealed class ClusterFailureMiddleware(RequestDelegate next, ILogger<ClusterFailureMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (ClusterRequestException e) when (!context.Response.HasStarted)
        {
            logger.LogError(e, "The search cluster did not answer {Path}: {Reason}", context.Request.Path, e.Message);
            context.Response.Clear();
            await ApiProblems.Of(ProblemCodes.ClusterUnavailable, "The search cluster cannot be reached or refused the search right now; try again later.")
                .ExecuteAsync(context);
        }
    }
}
