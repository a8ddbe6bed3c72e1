using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ArchiveSearch.Server.Endpoints;

/// <summary><c>GET /api/articles/{id}</c>: one whole article.</summary>
public static class ArticleEndpoints
{
    public static IEndpointRouteBuilder MapArticleEndpoints(this IEndpointRouteBuilder app)
    {
        var articles = app.MapGroup("/api/articles").WithTags("Articles");
        articles.MapGet("/{id}", Get).WithName("GetArticle").WithSummary("One article: title, byline, body, page and ordinal");
        return app;
    }

    private static Results<Ok<StoredArticle>, ProblemHttpResult> Get(ArticleSearch search, string id) =>
        search.Get(id) is { } article
            ? TypedResults.Ok(article)
            : TypedResults.Problem($"No article has the id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Article not found");
}
