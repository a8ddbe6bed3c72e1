using System.Text;
using ArchiveSearch.Index.Permalinks;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Server.Auth;
using ArchiveSearch.Server.Corrections;
using ArchiveSearch.Server.Html;
using Microsoft.AspNetCore.Antiforgery;

namespace ArchiveSearch.Server.Endpoints;

/// <summary>
/// The permanent pages, rendered on the server so they open fresh, can be bookmarked and cited:
/// <c>/articles/{id}</c> and <c>/pages/{key}</c>. A retired article id answers with a permanent redirect to
/// the article now holding its text, or to its page.
/// </summary>
public static class PermalinkEndpoints
{
    public static IEndpointRouteBuilder MapPermalinkEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/articles/{id}", Article).ExcludeFromDescription();
        app.MapGet("/pages/{key}", Page).ExcludeFromDescription();
        // The editor's page is a static file; it answers at its short address too.
        app.MapGet("/coverage", (IWebHostEnvironment environment) =>
            Results.File(environment.WebRootFileProvider.GetFileInfo("coverage.html").CreateReadStream(), "text/html; charset=utf-8")).ExcludeFromDescription();
        return app;
    }

    private static IResult Article(PermalinkResolver permalinks, QueryMarks marks, HttpRequest request, string id, string? q)
    {
        var keepQuery = string.IsNullOrWhiteSpace(q) ? "" : "?q=" + Uri.EscapeDataString(q);
        switch (permalinks.Resolve(id))
        {
            case PermalinkTarget.Article(var article, var formerlyHere):
                var page = article.PageKey is { } key ? permalinks.Page(key) : null;
                var url = $"{request.Scheme}://{request.Host}{ArticleLinks.Url(article.Id)}";
                var view = ArticleView.Render(article, page, marks.For(q), q, url, formerlyHere);
                return Html(PageShell.Render(article.Title, view, "/common.js", "/article.js"));
            case PermalinkTarget.MovedToArticle(var moved):
                return Results.Redirect(ArticleLinks.Url(moved) + keepQuery, permanent: true);
            case PermalinkTarget.MovedToPage(var pageKey):
                return Results.Redirect(ArticleLinks.PageUrl(pageKey), permanent: true);
            default:
                return Html(PageShell.Render("未找到文章", NotFoundView.Render("文章", id)), StatusCodes.Status404NotFound);
        }
    }

    private static IResult Page(PermalinkResolver permalinks, CorrectionService corrections, IAntiforgery antiforgery, HttpContext context, string key, string? article)
    {
        if (permalinks.Page(key) is not { } page)
            return Html(PageShell.Render("未找到版面", NotFoundView.Render("版面", key)), StatusCodes.Status404NotFound);
        var user = context.User;
        var signedIn = user.Identity?.IsAuthenticated == true;
        // The forms carry a token only for someone who may use them; everyone else's page stays cacheable and token-free.
        var mayCorrect = UserPrincipal.IsArchivist(user) && corrections.Enabled;
        var viewer = new PageViewer(signedIn ? UserPrincipal.NameOf(user) : null, signedIn ? UserPrincipal.RoleOf(user) : null, mayCorrect,
            signedIn ? antiforgery.GetAndStoreTokens(context).RequestToken : null);
        var view = NewspaperPageView.Render(page, corrections.Load(key), viewer, article);
        return Html(PageShell.Render(ArticleMeta.PageLine(page.First) is { Length: > 0 } title ? title : "版面", view, "/common.js", "/page.js"));
    }

    private static IResult Html(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
}
