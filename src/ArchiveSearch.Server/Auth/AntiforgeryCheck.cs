using Microsoft.AspNetCore.Antiforgery;
using ArchiveSearch.Server.Problems;

namespace ArchiveSearch.Server.Auth;

/// <summary>
/// Refuses a write without a valid antiforgery token (a form field from a page of this service, or the
/// <c>X-CSRF-Token</c> header a same-origin script sends), so another site cannot make a signed-in browser write.
/// </summary>
public sealed class AntiforgeryCheck : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
        try
        {
            await antiforgery.ValidateRequestAsync(context.HttpContext);
        }
        catch (AntiforgeryValidationException)
        {
            context.HttpContext.RequestServices.GetRequiredService<AuditLog>().Refuse(context.HttpContext, "no valid antiforgery token");
            return ApiProblems.Of(ProblemCodes.AuthAntiforgeryInvalid, "The request carries no valid antiforgery token; reload the page and try again.");
        }

        return await next(context);
    }
}
