using ArchiveSearch.Index.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ArchiveSearch.Server.Endpoints;

/// <summary><c>GET /api/search</c>: ranked articles for a query.</summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", Search)
            .WithName("Search")
            .WithSummary("Search the archive")
            .WithTags("Search");
        return app;
    }

    private static Results<Ok<SearchResponse>, ProblemHttpResult> Search(ArticleSearch search, string? q, int page = 1, int size = 10)
    {
        try
        {
            return TypedResults.Ok(search.Search(new SearchRequest(q ?? "", page, size)));
        }
        catch (InvalidSearchException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid search");
        }
    }
}
