using System.ComponentModel.DataAnnotations;
using System.Net;
using ArchiveSearch.Accounts;

namespace ArchiveSearch.Server.Auth;

/// <summary>The <c>Auth</c> configuration section: who may read, who may correct, and how people sign in.</summary>
public sealed class AuthOptions : IValidatableObject
{
    public const string Section = "Auth";

    /// <summary>The accounts file (JSON, passwords hashed); without it nobody can sign in with a password.</summary>
    [Required(AllowEmptyStrings = false)]
    public string UsersPath { get; set; } = "users.json";

    /// <summary>Reading and searching need a signed-in user too (default: open to everyone).</summary>
    public bool RequireSignInToRead { get; set; }

    /// <summary>A header naming the user, set by a reverse proxy that signed them in; read only from <see cref="TrustedProxies"/>.</summary>
    public string? ProxyUserHeader { get; set; }

    /// <summary>A header with the user's role (reader or archivist), from the same proxy; without it proxy users get <see cref="ProxyDefaultRole"/>.</summary>
    public string? ProxyRoleHeader { get; set; }

    public string ProxyDefaultRole { get; set; } = Roles.Reader;

    /// <summary>Addresses of the reverse proxies whose user header is believed.</summary>
    public string[] TrustedProxies { get; set; } = [];

    /// <summary>Sign-in attempts one address may make in a minute.</summary>
    [Range(1, 1000)]
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>How long a sign-in lasts without being used.</summary>
    [Range(1, 10080)]
    public int SessionMinutes { get; set; } = 480;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Roles.IsKnown(ProxyDefaultRole))
            yield return new ValidationResult($"Auth:ProxyDefaultRole must be one of {string.Join(", ", Roles.All)}.", [nameof(ProxyDefaultRole)]);
        foreach (var proxy in TrustedProxies)
        {
            if (!IPAddress.TryParse(proxy, out _))
                yield return new ValidationResult($"Auth:TrustedProxies holds '{proxy}', which is not an IP address.", [nameof(TrustedProxies)]);
        }

        if (!string.IsNullOrEmpty(ProxyUserHeader) && TrustedProxies.Length == 0)
            yield return new ValidationResult("Auth:ProxyUserHeader needs Auth:TrustedProxies: a user header is believed only from a known proxy.", [nameof(TrustedProxies)]);
    }

    /// <summary>Whether the request came from a trusted proxy that named a user.</summary>
    public bool IsFromTrustedProxy(HttpContext context) =>
        !string.IsNullOrEmpty(ProxyUserHeader)
        && context.Request.Headers.ContainsKey(ProxyUserHeader)
        && context.Connection.RemoteIpAddress is { } remote
        && TrustedProxies.Any(p => IPAddress.Parse(p).Equals(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote));
}
