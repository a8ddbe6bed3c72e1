using System.Net;
using System.Net.Http.Json;

namespace ArchiveSearch.Server.Tests.Corrections;

/// <summary>
/// Behind a reverse proxy that signs people in, the user and role it names count on requests from its address: an
/// archivist it names corrects (with the antiforgery token, like anyone), a reader it names is refused.
/// </summary>
public sealed class TrustedProxyTests
{
    [Fact]
    public async Task A_user_the_trusted_proxy_names_is_signed_in_with_the_role_it_sends_and_still_needs_the_token()
    {
        await using var host = ArchiveHost.InTempFolder();
        Archivists.Prepare(host);
        var settings = Archivists.Settings(host);
        settings["Auth:ProxyUserHeader"] = "X-Remote-User";
        settings["Auth:ProxyRoleHeader"] = "X-Remote-Role";
        settings["Auth:TrustedProxies:0"] = "127.0.0.1";
        await host.StartAsync(settings, kestrel: true);
        var key = await Archivists.PageKeyAsync(host);

        async Task<HttpStatusCode> Merge(string user, string role, bool withToken)
        {
            var client = host.CreateClient();
            client.DefaultRequestHeaders.Add("X-Remote-User", user);
            client.DefaultRequestHeaders.Add("X-Remote-Role", role);
            var token = await Archivists.TokenAsync(client, $"/signin");
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/pages/{key}/corrections") { Content = JsonContent.Create(new { kind = "merge", item = 1, target = 2 }) };
            if (withToken)
                request.Headers.Add("X-CSRF-Token", token);
            return (await client.SendAsync(request)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.Forbidden, await Merge("rita", "reader", withToken: true));
        Assert.Equal(HttpStatusCode.BadRequest, await Merge("paula", "archivist", withToken: false));
        Assert.Equal(HttpStatusCode.Created, await Merge("paula", "archivist", withToken: true));
        Assert.Contains("\"by\": \"paula\"", await File.ReadAllTextAsync(Path.Combine(Archivists.CorrectionsPath(host), key + ".json")));
    }
}
