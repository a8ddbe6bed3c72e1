using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ArchiveSearch.Server.Tests.Corrections;

/// <summary>Sign-in attempts from one address are limited per minute; the attempt over the limit is a 429 and checks no password.</summary>
public sealed class SignInRateLimitTests
{
    [Fact]
    public async Task The_attempt_over_the_per_minute_limit_is_refused_with_429_even_with_the_right_password()
    {
        await using var host = ArchiveHost.InTempFolder();
        Archivists.Prepare(host);
        var settings = Archivists.Settings(host);
        settings["Auth:SignInAttemptsPerMinute"] = "3";
        await host.StartAsync(settings);
        var client = host.CreateClient();
        var token = await Archivists.TokenAsync(client, "/signin");

        for (var attempt = 0; attempt < 3; attempt++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/signin", Archivists.Form(token, ("name", "alice"), ("password", "guess " + attempt)))).StatusCode);
        var fourth = await client.PostAsync("/signin", Archivists.Form(token, ("name", "alice"), ("password", Archivists.Password)));

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.Equal("application/problem+json", fourth.Content.Headers.ContentType?.MediaType);
        Assert.Equal("request.rate_limited", (await fourth.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }
}
