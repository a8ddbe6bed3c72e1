using System.Text;
using ArchiveSearch.Server.Html;

namespace ArchiveSearch.Server.Endpoints;

/// <summary>
/// <c>/syntax</c>: the query syntax guide (the repository's QUERY-SYNTAX.md, written in English with Chinese examples)
/// as a page of the site; the guide is marked English inside the Chinese page, so a screen reader reads it as English.
/// </summary>
public static class GuideEndpoints
{
    private static readonly Lazy<string> Syntax = new(() =>
    {
        using var stream = typeof(GuideEndpoints).Assembly.GetManifestResourceStream("ArchiveSearch.Server.QUERY-SYNTAX.md")
            ?? throw new InvalidOperationException("The query syntax guide is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var guide = "<p class=\"crumbs\"><a href=\"/\">← 检索</a>（在检索页上点“高级检索”可以用表单写出检索式）</p>\n<div class=\"guide\" lang=\"en\">\n" + MarkdownView.Render(reader.ReadToEnd()) + "</div>\n";
        return PageShell.Render("检索语法", guide);
    });

    public static IEndpointRouteBuilder MapGuideEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/syntax", () => Results.Content(Syntax.Value, "text/html; charset=utf-8", Encoding.UTF8)).ExcludeFromDescription();
        return app;
    }
}
