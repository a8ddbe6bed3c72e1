using System.Security.Claims;

namespace ArchiveSearch.Server.Auth;

/// <summary>
/// One log line for every write, sign-in and sign-out, made or refused: the user and their role, the action, what it
/// was done to (a page, an article), the outcome (<c>done</c> or <c>refused</c>) and the detail or the reason.
/// </summary>
public sealed class AuditLog(ILogger<AuditLog> logger)
{
    public const string Done = "done";
    public const string Refused = "refused";

    public void Write(ClaimsPrincipal user, string action, string target, string detail = "") =>
        logger.LogInformation("Audit: {User} ({Role}) {Action} {Target}: {Outcome} {Detail}",
            UserPrincipal.NameOf(user), UserPrincipal.RoleOf(user), action, Target(target), Done, detail);

    public void Refuse(ClaimsPrincipal user, string action, string target, string reason) =>
        logger.LogWarning("Audit: {User} ({Role}) {Action} {Target}: {Outcome} {Detail}",
            UserPrincipal.NameOf(user), UserPrincipal.RoleOf(user), action, Target(target), Refused, reason);

    /// <summary>A write the service refused before it reached its handler (no session, wrong role, no antiforgery token).</summary>
    public void Refuse(HttpContext context, string reason) =>
        Refuse(context.User, context.Request.Method, context.Request.Path.Value ?? "", reason);

    public void SignInFailed(string name, string? address) =>
        logger.LogWarning("Audit: {User} ({Role}) {Action} {Target}: {Outcome} {Detail}", name, "none", "sign-in", "-", Refused, "from " + address);

    private static string Target(string target) => target.Length == 0 ? "-" : target;
}
