using ArchiveSearch.Index.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using ArchiveSearch.Server.Problems;

namespace ArchiveSearch.Server.Endpoints;

/// <summary><c>GET /api/search</c>: ranked articles for a query, with facets.</summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", Search)
            .WithName("Search")
            .WithTags("Search")
            .WithSummary("Search the archive")
            .WithDescription("Ranked articles matching the query, one page at a time, with the headline marked (titleHtml, subtitleHtml) and snippets (snippet, fragments), matches in <mark> and all else HTML-escaped (title and subtitle stay plain text), and facet counts over the whole result set. When nothing matches as written, a relaxed match over the query's words is returned with relaxed=true. A malformed query or parameter is a 400 problem.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static Results<Ok<SearchResponse>, ProblemHttpResult> Search(ISearchEngine search, [AsParameters] SearchParameters parameters)
    {
        try
        {
            return TypedResults.Ok(search.Search(parameters.ToRequest()));
        }
        catch (InvalidSearchException e)
        {
            return ApiProblems.For(e);
        }
    }
}
