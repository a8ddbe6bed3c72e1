using System.Security.Claims;
using System.Text.Encodings.Web;
using ArchiveSearch.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ArchiveSearch.Server.Auth;

/// <summary>
/// Signs in the user a trusted reverse proxy names in <see cref="AuthOptions.ProxyUserHeader"/>. Only requests from
/// <see cref="AuthOptions.TrustedProxies"/> reach this handler (see <see cref="AuthServices"/>); anyone else's header is ignored.
/// </summary>
public sealed class TrustedProxyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<AuthOptions> auth) : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    public const string SchemeName = "TrustedProxy";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var options = auth.Value;
        if (!options.IsFromTrustedProxy(Context))
            return Task.FromResult(AuthenticateResult.NoResult());
        var name = Request.Headers[options.ProxyUserHeader!].ToString();
        if (!AccountsFile.IsValidName(name))
            return Task.FromResult(AuthenticateResult.Fail("The proxy's user header does not hold a valid name."));
        var role = options.ProxyRoleHeader is { Length: > 0 } header && Request.Headers[header].ToString() is var named && Roles.IsKnown(named)
            ? named
            : options.ProxyDefaultRole;
        var principal = UserPrincipal.Create(name, role, SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
