using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ArchiveSearch.Server.Endpoints;

namespace ArchiveSearch.Server.Tests.Corrections;

/// <summary>
/// Every write is refused without a session (401), with the reader role (403) and without the antiforgery token (400),
/// and a refused write changes nothing: the corrections file and the search answer stay as they were.
/// </summary>
public sealed class WriteRefusalTests : IAsyncLifetime
{
    private readonly ArchiveHost host = ArchiveHost.InTempFolder();

    public async Task InitializeAsync()
    {
        Archivists.Prepare(host);
        var settings = Archivists.Settings(host);
        settings["Auth:SignInAttemptsPerMinute"] = "100";
        await host.StartAsync(settings);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Every_write_endpoint_refuses_no_session_the_reader_role_and_a_missing_token_and_nothing_changes()
    {
        var key = await Archivists.PageKeyAsync(host);
        // One correction made properly, so an undo that slipped through would show.
        var alice = await Archivists.SignInAsync(host, "alice");
        var made = await alice.PostAsync($"/pages/{key}/corrections", Archivists.Form(await Archivists.TokenAsync(alice, $"/pages/{key}"), ("kind", "merge"), ("item", "1"), ("target", "2")));
        Assert.Equal(HttpStatusCode.SeeOther, made.StatusCode);
        var file = Path.Combine(Archivists.CorrectionsPath(host), key + ".json");
        var before = await File.ReadAllTextAsync(file);
        var hitBefore = await Archivists.FirstHitAsync(host, "白杨沟村冷链");

        var anonymous = host.CreateClient();
        var anonymousToken = await Archivists.TokenAsync(anonymous, "/signin");
        var reader = await Archivists.SignInAsync(host, "rita");
        var readerToken = await Archivists.TokenAsync(reader, "/signin");

        Assert.Equal(4, CorrectionEndpoints.WritePaths.Count);
        foreach (var template in CorrectionEndpoints.WritePaths)
        {
            var path = template.Replace("{key}", key);
            await AssertRefused(await Send(anonymous, path, anonymousToken), HttpStatusCode.Unauthorized, "auth.sign_in_needed");
            await AssertRefused(await Send(reader, path, readerToken), HttpStatusCode.Forbidden, "auth.role_needed");
            await AssertRefused(await Send(alice, path, token: null), HttpStatusCode.BadRequest, "auth.antiforgery_invalid");
            // A token from another user's session is no token for this one.
            await AssertRefused(await Send(alice, path, readerToken), HttpStatusCode.BadRequest, "auth.antiforgery_invalid");
        }

        Assert.Equal(before, await File.ReadAllTextAsync(file));
        Assert.Equal(hitBefore, await Archivists.FirstHitAsync(host, "白杨沟村冷链"));
        Assert.Single(Directory.GetFiles(Archivists.CorrectionsPath(host)));
    }

    [Fact]
    public async Task Sign_in_and_sign_out_need_the_antiforgery_token()
    {
        var client = host.CreateClient();
        var signIn = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "alice", ["password"] = Archivists.Password }));
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);

        var alice = await Archivists.SignInAsync(host, "alice");
        Assert.Equal(HttpStatusCode.BadRequest, (await alice.PostAsync("/signout", new FormUrlEncodedContent([]))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().PostAsync("/signout", new FormUrlEncodedContent([]))).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_a_user_header_from_an_untrusted_address_signs_nobody_in()
    {
        var client = host.CreateClient();
        var token = await Archivists.TokenAsync(client, "/signin");
        var response = await client.PostAsync("/signin", Archivists.Form(token, ("name", "alice"), ("password", "wrong password")));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

        var key = await Archivists.PageKeyAsync(host);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/pages/{key}/corrections") { Content = JsonContent.Create(new { kind = "merge", item = 1, target = 2 }) };
        request.Headers.Add("X-Remote-User", "mallory");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(request)).StatusCode);
        Assert.False(Directory.Exists(Archivists.CorrectionsPath(host)) && Directory.GetFiles(Archivists.CorrectionsPath(host)).Length > 0);
    }

    [Fact]
    public async Task A_correction_that_cannot_be_made_is_told_in_chinese_on_the_form_and_by_its_code_to_a_script()
    {
        var key = await Archivists.PageKeyAsync(host);
        var alice = await Archivists.SignInAsync(host, "alice");
        var token = await Archivists.TokenAsync(alice, $"/pages/{key}");

        var form = await alice.PostAsync($"/pages/{key}/corrections", Archivists.Form(token, ("kind", "merge"), ("item", "99"), ("target", "1")));
        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.Contains("本版没有第 99 篇", await form.Content.ReadAsStringAsync());

        var script = new HttpRequestMessage(HttpMethod.Post, $"/api/pages/{key}/corrections") { Content = JsonContent.Create(new { kind = "merge", item = 99, target = 1 }) };
        script.Headers.Add("X-CSRF-Token", token);
        var problem = await (await alice.SendAsync(script)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("correction.item_unknown", problem.GetProperty("code").GetString());
        Assert.Equal(99, problem.GetProperty("item").GetInt32());
        Assert.Contains("no item 99", problem.GetProperty("detail").GetString());
    }

    private static async Task AssertRefused(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string path, string? token)
    {
        HttpContent content;
        if (path.StartsWith("/api/", StringComparison.Ordinal))
        {
            content = JsonContent.Create(new { kind = "merge", item = 1, target = 2 });
        }
        else
        {
            var fields = new Dictionary<string, string> { ["kind"] = "merge", ["item"] = "1", ["target"] = "2" };
            if (token is not null)
                fields["__RequestVerificationToken"] = token;
            content = new FormUrlEncodedContent(fields);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (token is not null && path.StartsWith("/api/", StringComparison.Ordinal))
            request.Headers.Add("X-CSRF-Token", token);
        return client.SendAsync(request);
    }
}
