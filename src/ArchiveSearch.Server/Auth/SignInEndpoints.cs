using System.Text;
using ArchiveSearch.Accounts;
using ArchiveSearch.Server.Html;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ArchiveSearch.Server.Auth;

/// <summary><c>GET/POST /signin</c> and <c>POST /signout</c>: a cookie session for an account of the accounts file.</summary>
public static class SignInEndpoints
{
    public static IEndpointRouteBuilder MapSignInEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/signin", Form).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/signin", SignIn).AllowAnonymous().AddEndpointFilter<AntiforgeryCheck>().RequireRateLimiting(AuthServices.SignInRateLimit).ExcludeFromDescription();
        app.MapGet("/api/account", Account).AllowAnonymous()
            .WithSummary("Who is signed in (name and role, null when nobody), with the antiforgery token a form or script of this site sends with a write");
        app.MapPost("/signout", SignOut).RequireAuthorization().AddEndpointFilter<AntiforgeryCheck>().ExcludeFromDescription();
        return app;
    }

    private static IResult Form(HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
        Page(context, antiforgery, LocalOrHome(returnUrl), null, StatusCodes.Status200OK);

    private static async Task<IResult> SignIn(HttpContext context, IAntiforgery antiforgery, AccountsFile accounts, AuditLog audit)
    {
        var form = await context.Request.ReadFormAsync();
        var name = form["name"].ToString().Trim();
        var password = form["password"].ToString();
        var returnUrl = LocalOrHome(form["returnUrl"].ToString());
        var account = name.Length > 0 && password.Length > 0 ? accounts.Verify(name, password) : null;
        if (account is null)
        {
            audit.SignInFailed(name, context.Connection.RemoteIpAddress?.ToString());
            return Page(context, antiforgery, returnUrl, "用户名或密码不对。", StatusCodes.Status401Unauthorized);
        }

        var principal = UserPrincipal.Create(account.Name, account.Role, CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        audit.Write(principal, "sign-in", "");
        return Results.Redirect(returnUrl);
    }

    private static IResult Account(HttpContext context, IAntiforgery antiforgery)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true)
            return Results.Json(new { name = (string?)null, role = (string?)null, token = (string?)null });
        return Results.Json(new { name = UserPrincipal.NameOf(user), role = UserPrincipal.RoleOf(user), token = antiforgery.GetAndStoreTokens(context).RequestToken });
    }

    private static async Task<IResult> SignOut(HttpContext context, AuditLog audit)
    {
        audit.Write(context.User, "sign-out", "");
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect("/");
    }

    private static IResult Page(HttpContext context, IAntiforgery antiforgery, string returnUrl, string? problem, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var user = context.User.Identity?.IsAuthenticated == true ? $"{UserPrincipal.NameOf(context.User)}（{UserPrincipal.RoleOf(context.User)}）" : null;
        var html = PageShell.Render("登录", SignInView.Render(tokens.RequestToken!, returnUrl, problem, user));
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>Only a path of this site: a sign-in link cannot send anyone elsewhere.</summary>
    private static string LocalOrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}
