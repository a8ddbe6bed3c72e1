using Serilog;

namespace ArchiveSearch.Server.Web;

/// <summary>Registers and applies the web hardening: limits, security headers, problem answers, request log levels.</summary>
public static class WebHardening
{
    public static WebApplicationBuilder AddWebHardening(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebHardeningOptions>()
            .Bind(builder.Configuration.GetSection(WebHardeningOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddProblemDetails();
        // A parameter or body the framework cannot bind throws in every environment, so that the problem answer
        // can say which one and why (otherwise production answers a bare 400).
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        // Above the service's own limit, so that the service answers too-long URLs with a problem (see MaxUrlLength).
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestLineSize = WebHardeningOptions.MaxRequestLine);
        return builder;
    }

    /// <summary>First in the pipeline, so that every answer, errors included, goes through it.</summary>
    public static WebApplication UseWebHardening(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseClientErrorProblems();
        app.UseSerilogRequestLogging(logging =>
        {
            logging.GetLevel = RequestLogLevels.For;
            // The host's own logger: the static one stays silent, since each host keeps its logger to itself.
            logging.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
        });
        app.UseMiddleware<UrlLengthLimitMiddleware>();
        return app;
    }
}
