using System.Security.Claims;

namespace ArchiveSearch.Server.Auth;

/// <summary>One log line for every write and sign-in, naming the user, their role, what they did and to what.</summary>
public sealed class AuditLog(ILogger<AuditLog> logger)
{
    public void Write(ClaimsPrincipal user, string action, string target, string detail = "") =>
        logger.LogInformation("Audit: {User} ({Role}) {Action} {Target} {Detail}", UserPrincipal.NameOf(user), UserPrincipal.RoleOf(user), action, target, detail);

    public void SignInFailed(string name, string? address) =>
        logger.LogWarning("Audit: sign-in refused for {User} from {Address}", name, address);
}
