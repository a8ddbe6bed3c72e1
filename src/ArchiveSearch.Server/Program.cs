using System.Text.Encodings.Web;
using ArchiveSearch.Server;
using ArchiveSearch.Server.Auth;
using ArchiveSearch.Server.Endpoints;
using ArchiveSearch.Server.Indexing;
using ArchiveSearch.Server.Logging;
using ArchiveSearch.Server.Web;
using ArchiveSearch.Server.Trends;
using ArchiveSearch.Server.Feeds;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Serilog;

// Settings and static files from the application's own folder, whatever the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppFolder.Path, WebRootPath = AppFolder.WebRoot });

builder.Services.AddSerilog((services, logging) => logging
    .ReadFrom.Configuration(builder.Configuration)
    // Sinks registered as services (ILogEventSink) receive every event too.
    .ReadFrom.Services(services)
    .WithoutHealthCheckLines()
    .Enrich.FromLogContext()
    .WithEscapedText()
    // The host reports a failed start with the exception's stack trace; a refusal is said in one line below instead.
    .Filter.ByExcluding(e => e.Exception is not null && StartupRefusal.Is(e.Exception))
    .WriteTo.Console(outputTemplate: ServiceLog.Template),
    // Each host logs through its own logger, not the process-wide static one a later host in the process would replace.
    preserveStaticLogger: true);

builder.AddWebHardening();
builder.AddArchiveAuth();
builder.Services.ConfigureHttpJsonOptions(json =>
{
    // Chinese text stays readable in responses instead of \uXXXX escapes.
    json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    // Search and coverage answers through their generated writers; every other type as before.
    json.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
});
builder.Services.AddArchiveSearch(builder.Configuration);
builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "ArchiveSearch API";
    document.Info.Description = "Full-text search over a Chinese newspaper archive. Errors are RFC 9457 problem details (application/problem+json) with a stable machine-readable code (e.g. query.quote_not_closed) and the values it names as members of their own.";
    return Task.CompletedTask;
}));

var app = builder.Build();

app.UseWebHardening();
app.UseArchiveAuth();
app.UseMiddleware<IndexReadFailureMiddleware>();
app.UseMiddleware<ClusterFailureMiddleware>();
app.UseDefaultFiles();
app.UseStaticFiles();

app.MapOpenApi();
app.UseSwaggerUI(ui =>
{
    ui.SwaggerEndpoint("/openapi/v1.json", "ArchiveSearch API");
    ui.RoutePrefix = "api-docs";
    ui.DocumentTitle = "ArchiveSearch API";
});

app.MapSearchEndpoints();
app.MapExportEndpoints();
app.MapPermalinkEndpoints();
app.MapPaperEndpoints();
app.MapGuideEndpoints();
app.MapArticleEndpoints();
app.MapStatsEndpoints();
app.MapTrendEndpoints();
app.MapFeedEndpoints();
app.MapSignInEndpoints();
app.MapCorrectionEndpoints();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();

try
{
    app.Run();
}
catch (Exception e) when (StartupRefusal.Is(e))
{
    // A configuration the service cannot run with: one clear line and a failing exit code, not a crash dump.
    app.Logger.LogCritical("ArchiveSearch cannot start: {Reason}", e.Message);
    Environment.ExitCode = 1;
}

/// <summary>The service's entry point; public so integration tests can host it.</summary>
public partial class Program;
