using ArchiveSearch.Index.Search;
using ArchiveSearch.Server.Endpoints;
using Microsoft.Net.Http.Headers;
using ArchiveSearch.Server.Problems;

namespace ArchiveSearch.Server.Feeds;

/// <summary>
/// <c>GET /feeds/search</c>: the Atom feed of a search's newest articles, answered 304 when the poller's ETag
/// (or its date, without one) is still current; and the search page at <c>/</c>, whose head names the feed of the
/// search in its address so a feed reader finds it.
/// </summary>
public static class FeedEndpoints
{
    /// <summary>Entries of a feed: the newest matching articles.</summary>
    public const int Entries = 20;

    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(FeedAddress.Path, Feed)
            .WithName("SearchFeed")
            .WithTags("Feeds")
            .WithSummary("The Atom feed of a search: its newest articles")
            .WithDescription($"Takes the query and filters of /api/search (q, from, to, paper, author, kind) and answers the {Entries} newest articles that match them as written, as an Atom feed (RFC 4287): permalink, headline, paper, date and the marked snippet. ETag and Last-Modified change only when the index does; If-None-Match or If-Modified-Since that are still current get a 304 without the search running. A malformed query or parameter is a 400 problem.")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            // A feed reader cannot fill in a sign-in form: with reading closed it is told 401, as the API is.
            .DisableCookieRedirect();
        app.MapGet("/", SearchPage).ExcludeFromDescription();
        return app;
    }

    private static IResult Feed(HttpContext http, ISearchEngine search, FeedValidators validators, [AsParameters] SearchParameters parameters)
    {
        SearchRequest request;
        try
        {
            request = parameters.ToRequest() with { Page = 1, Size = Entries, After = null, Sort = SearchSort.DateDescending, WithFacets = false };
        }
        catch (InvalidSearchException e)
        {
            return ApiProblems.For(e);
        }

        var origin = $"{http.Request.Scheme}://{http.Request.Host}";
        var canonical = FeedAddress.Query(parameters);
        var (etag, lastModified) = validators.For(origin + "\n" + canonical);
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = new EntityTagHeaderValue(etag);
        headers.LastModified = lastModified;
        // A reader (or a cache between) asks again each time; the validators make asking cheap.
        http.Response.Headers.CacheControl = "no-cache";
        if (NotModified(http.Request.GetTypedHeaders(), etag, lastModified))
            return Results.StatusCode(StatusCodes.Status304NotModified);

        SearchResponse response;
        try
        {
            response = search.Search(request);
        }
        catch (InvalidSearchException e)
        {
            http.Response.Headers.Remove(HeaderNames.ETag);
            http.Response.Headers.Remove(HeaderNames.LastModified);
            return ApiProblems.For(e);
        }

        // A feed follows what matches as written; the looser match a search falls back to is not news about it.
        var hits = response.Relaxed ? [] : response.Hits;
        var feedUrl = origin + FeedAddress.For(parameters);
        var pageUrl = origin + "/?" + (canonical.Length > 0 ? canonical + "&" : "") + "sort=-date";
        var body = AtomFeed.Write(feedUrl, pageUrl, Title(parameters), lastModified, hits, origin);
        return Results.Bytes(body, AtomFeed.ContentType);
    }

    /// <summary>RFC 9110 §13.2.2: If-None-Match decides when present; otherwise If-Modified-Since.</summary>
    private static bool NotModified(Microsoft.AspNetCore.Http.Headers.RequestHeaders request, string etag, DateTimeOffset lastModified)
    {
        if (request.IfNoneMatch is { Count: > 0 } tags)
            return tags.Any(t => t.Tag == "*" || t.Tag.Equals(etag, StringComparison.Ordinal));
        return request.IfModifiedSince is { } since && lastModified <= since;
    }

    private static string Title(SearchParameters parameters)
    {
        var what = string.IsNullOrWhiteSpace(parameters.Q) ? "全部文章" : $"“{parameters.Q.Trim()}”";
        var filters = new[] { parameters.Paper, parameters.Author, parameters.Kind }.Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f!.Trim()).ToList();
        if (!string.IsNullOrWhiteSpace(parameters.From) || !string.IsNullOrWhiteSpace(parameters.To))
            filters.Add($"{parameters.From?.Trim()}–{parameters.To?.Trim()}");
        return $"ArchiveSearch：{what}" + (filters.Count > 0 ? $"（{string.Join("，", filters)}）" : "");
    }

    /// <summary>The search page, its feed link pointing at the feed of the search in the address (the script keeps both current as the search changes).</summary>
    private static IResult SearchPage(IWebHostEnvironment environment, [AsParameters] SearchParameters parameters)
    {
        using var reader = new StreamReader(environment.WebRootFileProvider.GetFileInfo("index.html").CreateReadStream());
        var feed = Html.HtmlText.Escape(FeedAddress.For(parameters));
        var html = reader.ReadToEnd()
            .Replace("id=\"feed-alternate\" href=\"/feeds/search\"", $"id=\"feed-alternate\" href=\"{feed}\"", StringComparison.Ordinal)
            .Replace("id=\"feed-link\" href=\"/feeds/search\"", $"id=\"feed-link\" href=\"{feed}\"", StringComparison.Ordinal);
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
