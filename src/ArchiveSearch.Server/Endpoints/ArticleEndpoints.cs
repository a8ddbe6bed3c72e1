using System.ComponentModel;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ArchiveSearch.Server.Endpoints;

/// <summary>Articles: one whole article, and earlier coverage related to an article or a draft.</summary>
public static class ArticleEndpoints
{
    public sealed record DraftRequest(
        [property: Description("The draft text to compare with the archive.")] string Text,
        [property: Description("Only articles published before this date (yyyy, yyyy-MM or yyyy-MM-dd).")] string? Before = null,
        [property: Description("How many related articles, 1 to 50 (default 10).")] int? Size = null);

    public static IEndpointRouteBuilder MapArticleEndpoints(this IEndpointRouteBuilder app)
    {
        var articles = app.MapGroup("/api/articles").WithTags("Articles");
        articles.MapGet("/{id}", Get)
            .WithName("GetArticle")
            .WithSummary("One whole article: title, byline, authors, body, page id and ordinal, page metadata")
            .ProducesProblem(StatusCodes.Status404NotFound);
        articles.MapGet("/{id}/similar", SimilarToArticle)
            .WithName("SimilarToArticle")
            .WithSummary("Earlier coverage: articles related to this one, with the terms they share")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapPost("/api/similar", SimilarToDraft)
            .WithTags("Articles")
            .WithName("SimilarToDraft")
            .WithSummary("Earlier coverage of a draft: articles related to the posted text, with the terms they share")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static Results<Ok<StoredArticle>, ProblemHttpResult> Get(ArticleSearch search, string id) =>
        search.Get(id) is { } article ? TypedResults.Ok(article) : Problems.NotFound($"No article has the id '{id}'.");

    private static Results<Ok<SimilarResponse>, ProblemHttpResult> SimilarToArticle(
        SimilarArticles similar,
        string id,
        [Description("Only articles published before this date (yyyy, yyyy-MM or yyyy-MM-dd).")] string? before,
        [Description("How many related articles, 1 to 50 (default 10).")] int? size)
    {
        try
        {
            var result = similar.ForArticle(id, new SimilarRequest { Before = SearchParameters.ParseDate(before, "before", upper: false), Size = size ?? 10 });
            return result is null ? Problems.NotFound($"No article has the id '{id}'.") : TypedResults.Ok(result);
        }
        catch (InvalidSearchException e)
        {
            return Problems.BadRequest(e.Message);
        }
    }

    private static Results<Ok<SimilarResponse>, ProblemHttpResult> SimilarToDraft(SimilarArticles similar, DraftRequest draft)
    {
        try
        {
            return TypedResults.Ok(similar.ForText(draft.Text ?? "", new SimilarRequest { Before = SearchParameters.ParseDate(draft.Before, "before", upper: false), Size = draft.Size ?? 10 }));
        }
        catch (InvalidSearchException e)
        {
            return Problems.BadRequest(e.Message);
        }
    }
}
