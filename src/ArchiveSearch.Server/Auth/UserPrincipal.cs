using System.Security.Claims;
using ArchiveSearch.Accounts;

namespace ArchiveSearch.Server.Auth;

/// <summary>The signed-in user as the service sees them: a name and one role.</summary>
public static class UserPrincipal
{
    public static ClaimsPrincipal Create(string name, string role, string scheme) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], scheme, ClaimTypes.Name, ClaimTypes.Role));

    public static string NameOf(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true ? user.Identity.Name ?? "?" : "anonymous";

    public static string RoleOf(ClaimsPrincipal user) => user.FindFirst(ClaimTypes.Role)?.Value ?? "none";

    public static bool IsArchivist(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true && user.IsInRole(Roles.Archivist);
}
