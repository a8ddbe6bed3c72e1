using ArchiveSearch.Index.Coverage;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using ArchiveSearch.Index.Permalinks;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Server.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using ArchiveSearch.Server.Problems;

namespace ArchiveSearch.Server.Endpoints;

/// <summary>Articles: one whole article, and earlier coverage related to an article or a draft.</summary>
public static class ArticleEndpoints
{
    public static IEndpointRouteBuilder MapArticleEndpoints(this IEndpointRouteBuilder app)
    {
        var articles = app.MapGroup("/api/articles").WithTags("Articles");
        articles.MapGet("/{id}", Get)
            .WithName("GetArticle")
            .WithSummary("One whole article: title, byline, authors, body, page id and ordinal, page metadata")
            .ProducesProblem(StatusCodes.Status404NotFound);
        // The routes' former names, /similar, stay as aliases: same handlers, kept out of the description.
        foreach (var (path, alias) in new[] { ("/{id}/coverage", false), ("/{id}/similar", true) })
        {
            var route = articles.MapGet(path, CoverageOfArticle)
                .WithSummary("Earlier coverage of an article: related articles with snippet and shared terms, or an empty list and a message when nothing is related")
                .ProducesProblem(StatusCodes.Status400BadRequest)
                .ProducesProblem(StatusCodes.Status404NotFound);
            if (alias)
                route.ExcludeFromDescription();
            else
                route.WithName("CoverageOfArticle");
        }

        foreach (var (path, alias) in new[] { ("/api/coverage", false), ("/api/similar", true) })
        {
            var route = app.MapPost(path, CoverageOfDraft)
                .WithTags("Articles")
                .WithSummary("Earlier coverage of a draft: the same answer as for an article; the body is limited to Coverage:MaxDraftBytes (64 KB by default)")
                .Accepts<DraftRequest>("application/json")
                .Produces<CoverageResponse>()
                .ProducesProblem(StatusCodes.Status400BadRequest)
                .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
            if (alias)
                route.ExcludeFromDescription();
            else
                route.WithName("CoverageOfDraft");
        }

        return app;
    }

    private static Results<Ok<StoredArticle>, RedirectHttpResult, ProblemHttpResult> Get(ArticleSearch search, PermalinkResolver permalinks, string id)
    {
        if (search.Get(id) is { } article)
            return TypedResults.Ok(article);
        // An id a re-cut retired follows its text, as its permanent page does.
        return permalinks.Resolve(id) switch
        {
            PermalinkTarget.MovedToArticle(var moved) => TypedResults.Redirect("/api/articles/" + Uri.EscapeDataString(moved), permanent: true),
            PermalinkTarget.MovedToPage(var page) => ApiProblems.Of(ProblemCodes.ArticleMovedToPage,
                $"The article '{id}' is no longer on its page after the page was cut again; the page is {ArticleLinks.PageUrl(page)}.", ("id", id), ("page", ArticleLinks.PageUrl(page))),
            _ => ApiProblems.Of(ProblemCodes.ArticleNotFound, $"No article has the id '{id}'.", ("id", id)),
        };
    }

    private static Results<Ok<CoverageResponse>, ProblemHttpResult> CoverageOfArticle(
        CoverageSearch coverage,
        string id,
        [Description("Only articles published before this date (yyyy, yyyy-MM or yyyy-MM-dd).")] string? before,
        [Description("How many related articles, 1 to 50 (default 10).")] int? size,
        [Description("relevance (default) or date: oldest first, so the earliest coverage leads.")] string? sort)
    {
        try
        {
            var request = new CoverageRequest { Before = SearchParameters.ParseDate(before, "before", upper: false), Size = size ?? 10, Sort = ParseSort(sort) };
            var result = coverage.ForArticle(id, request);
            return result is null ? ApiProblems.Of(ProblemCodes.ArticleNotFound, $"No article has the id '{id}'.", ("id", id)) : TypedResults.Ok(result);
        }
        catch (InvalidSearchException e)
        {
            return ApiProblems.For(e);
        }
    }

    /// <summary>
    /// Reads the body itself, at most <see cref="CoverageOptions.MaxDraftBytes"/> of it, so an oversized draft is
    /// refused with a reason before it is parsed or analysed, and malformed JSON gets a 400 that says where.
    /// </summary>
    private static async Task<Results<Ok<CoverageResponse>, ProblemHttpResult>> CoverageOfDraft(
        HttpRequest http, CoverageSearch coverage, IOptions<CoverageOptions> options, IOptions<JsonOptions> json, CancellationToken cancellation)
    {
        var limit = options.Value.MaxDraftBytes;
        if (http.ContentLength > limit)
            return TooLarge(http.ContentLength.Value, limit);
        var body = await ReadAtMost(http.Body, limit + 1, cancellation);
        if (body.Length > limit)
            return TooLarge(null, limit);
        if (body.Length == 0)
            return ApiProblems.Of(ProblemCodes.CoverageBodyEmpty, "The body is empty: post JSON such as {\"text\":\"…\"} with the draft in text.");

        DraftRequest? draft;
        try
        {
            draft = JsonSerializer.Deserialize<DraftRequest>(body, json.Value.SerializerOptions);
        }
        catch (JsonException e)
        {
            return ApiProblems.Of(ProblemCodes.CoverageBodyNotJson, $"The body is not valid JSON ({e.Message}). Post an object such as {{\"text\":\"…\"}}.");
        }

        if (draft is null)
            return ApiProblems.Of(ProblemCodes.CoverageBodyEmpty, "The body is null: post an object such as {\"text\":\"…\"}.");
        try
        {
            var request = new CoverageRequest
            {
                DraftDate = SearchParameters.ParseDate(draft.Date, "date", upper: false) ?? DateOnly.FromDateTime(DateTime.UtcNow),
                Before = SearchParameters.ParseDate(draft.Before, "before", upper: false),
                Size = draft.Size ?? 10,
                Sort = ParseSort(draft.Sort ?? http.Query["sort"]),
            };
            return TypedResults.Ok(coverage.ForText(draft.Text ?? "", request));
        }
        catch (InvalidSearchException e)
        {
            return ApiProblems.For(e);
        }
    }

    private static CoverageSort ParseSort(string? sort) => sort?.Trim().ToLowerInvariant() switch
    {
        null or "" or "relevance" => CoverageSort.Relevance,
        "date" => CoverageSort.Date,
        _ => throw new InvalidSearchException(SearchProblem.UnknownSort, $"sort must be 'relevance' or 'date', not '{sort}'.", ("value", sort)),
    };

    private static ProblemHttpResult TooLarge(long? length, int limit) => ApiProblems.Of(ProblemCodes.CoverageDraftTooLarge,
        (length is { } bytes ? string.Create(CultureInfo.InvariantCulture, $"The draft is {bytes} bytes") : "The draft is larger than the limit")
            + string.Create(CultureInfo.InvariantCulture, $"; at most {limit} bytes ({limit / 1024} KB) are compared. Post the part of the draft that tells the story, or raise Coverage:MaxDraftBytes."),
        ("limit", limit));

    private static async Task<byte[]> ReadAtMost(Stream body, int max, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (buffer.Length < max)
        {
            var read = await body.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, max - buffer.Length)), cancellation);
            if (read == 0)
                break;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
