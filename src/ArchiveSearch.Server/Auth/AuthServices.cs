using System.Threading.RateLimiting;
using ArchiveSearch.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using ArchiveSearch.Server.Problems;

namespace ArchiveSearch.Server.Auth;

/// <summary>
/// Sign-in with ASP.NET Core's own parts: a cookie session for accounts of the accounts file, or the user a trusted
/// reverse proxy names; roles as authorization policies; antiforgery tokens; a rate limit on sign-in attempts.
/// </summary>
public static class AuthServices
{
    public const string Scheme = "ArchiveSearch";
    public const string ArchivistPolicy = "archivist";
    public const string SignInRateLimit = "sign-in";
    public const string AntiforgeryHeader = "X-CSRF-Token";

    /// <summary>
    /// What a 401 asks for: the session cookie the sign-in form (<c>/signin</c>) sets, or the user a trusted proxy names.
    /// There is no standard scheme for a form, so the challenge names it as a parameter.
    /// </summary>
    public const string Challenge = "Cookie realm=\"ArchiveSearch\", form=\"/signin\"";

    public static WebApplicationBuilder AddArchiveAuth(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AuthOptions>()
            .Bind(builder.Configuration.GetSection(AuthOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => new AccountsFile(sp.GetRequiredService<IOptions<AuthOptions>>().Value.UsersPath));
        services.AddSingleton<AuditLog>();

        services.AddAuthentication(Scheme)
            // The proxy's header counts only on requests from a trusted proxy; everything else is the cookie's.
            .AddPolicyScheme(Scheme, "Cookie or trusted proxy", policy => policy.ForwardDefaultSelector = context =>
                context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.IsFromTrustedProxy(context)
                    ? TrustedProxyAuthentication.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, TrustedProxyAuthentication>(TrustedProxyAuthentication.SchemeName, null)
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = "ArchiveSearch.Session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.SlidingExpiration = true;
                cookie.LoginPath = "/signin";
                cookie.AccessDeniedPath = "/signin";
                cookie.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
            });
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((cookie, auth) => cookie.ExpireTimeSpan = TimeSpan.FromMinutes(auth.Value.SessionMinutes));

        services.AddAuthorizationBuilder()
            .AddPolicy(ArchivistPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Archivist));
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<AuthOptions>>((authorization, auth) =>
        {
            if (auth.Value.RequireSignInToRead)
                // Style sheets and scripts hold no archive text, and the sign-in form needs them before anyone has signed in.
                authorization.FallbackPolicy = new AuthorizationPolicyBuilder()
                    .RequireAssertion(c => c.User.Identities.Any(i => i.IsAuthenticated) || (c.Resource is HttpContext http && IsAsset(http.Request.Path)))
                    .Build();
        });

        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.HeaderName = AntiforgeryHeader;
            antiforgery.Cookie.Name = "ArchiveSearch.Antiforgery";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddRateLimiter(limits =>
        {
            limits.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limits.AddPolicy(SignInRateLimit, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.SignInAttemptsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
        return builder;
    }

    /// <summary>Authentication, then (when reading needs sign-in) the static pages held back, then authorization and rate limits.</summary>
    public static WebApplication UseArchiveAuth(this WebApplication app)
    {
        app.UseAuthentication();
        app.Use(async (context, next) =>
        {
            // The static search pages are files, which authorization does not see: with reading closed, they wait for sign-in.
            var auth = context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value;
            if (auth.RequireSignInToRead && context.User.Identity?.IsAuthenticated != true && IsStaticPage(context.Request.Path))
            {
                context.Response.Redirect(SignInAddress(context.Request));
                return;
            }

            await next();
        });
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>The sign-in form, coming back to the page asked for.</summary>
    private static string SignInAddress(HttpRequest request) =>
        "/signin?returnUrl=" + Uri.EscapeDataString(request.PathBase + request.Path + request.QueryString);

    private static bool IsAsset(PathString path) =>
        path.Value!.EndsWith(".css", StringComparison.OrdinalIgnoreCase) || path.Value.EndsWith(".js", StringComparison.OrdinalIgnoreCase);

    private static bool IsStaticPage(PathString path) =>
        path == "/" || path.Value!.EndsWith(".html", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The API and the feeds answer 401/403 problems, a 401 with the challenge that names the sign-in form; a page a
    /// browser asked for sends it to sign in.
    /// </summary>
    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
            context.HttpContext.RequestServices.GetRequiredService<AuditLog>().Refuse(context.HttpContext,
                status == StatusCodes.Status401Unauthorized ? "not signed in" : "needs the archivist role");
        if (status == StatusCodes.Status401Unauthorized && HttpMethods.IsGet(request.Method) && !IsForPrograms(context.HttpContext))
        {
            // A local address like the static pages' (the cookie handler's own is absolute, built from the Host header).
            context.Response.Redirect(SignInAddress(request));
            return Task.CompletedTask;
        }

        if (status == StatusCodes.Status401Unauthorized)
            context.Response.Headers.WWWAuthenticate = Challenge;
        var problem = status == StatusCodes.Status401Unauthorized
            ? ApiProblems.Of(ProblemCodes.AuthSignInNeeded, "Sign in first.")
            : ApiProblems.Of(ProblemCodes.AuthRoleNeeded, "This needs the archivist role.");
        return problem.ExecuteAsync(context.HttpContext);
    }

    /// <summary>The API, and reads such as feeds whose endpoint says a program reads them: neither can follow a sign-in form.</summary>
    private static bool IsForPrograms(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api")
        || (context.GetEndpoint()?.Metadata is { } metadata
            && metadata.GetMetadata<IDisableCookieRedirectMetadata>() is not null
            && metadata.GetMetadata<IAllowCookieRedirectMetadata>() is null);
}
