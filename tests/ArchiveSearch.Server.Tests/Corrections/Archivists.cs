using System.Net;
using System.Text.RegularExpressions;
using ArchiveSearch.Accounts;

namespace ArchiveSearch.Server.Tests.Corrections;

/// <summary>
/// A service over one sample page with an accounts file (an archivist and a reader) and a corrections folder, and
/// clients that sign in as a browser does: the sign-in form's token, then the session cookie.
/// </summary>
public static partial class Archivists
{
    public const string Password = "correct horse battery";
    public const string SamplePage = "jiangcheng-2024-03-15-01";

    public static string CorrectionsPath(ArchiveHost host) => Path.Combine(host.Root, "corrections");

    public static Dictionary<string, string?> Settings(ArchiveHost host) => new()
    {
        ["Auth:UsersPath"] = Path.Combine(host.Root, "users.json"),
        ["Archive:CorrectionsPath"] = CorrectionsPath(host),
    };

    /// <summary>Writes the sample page and the accounts: alice (archivist) and rita (reader).</summary>
    public static void Prepare(ArchiveHost host)
    {
        foreach (var extension in new[] { ".txt", ".json" })
            File.Copy(Path.Combine(Testing.SharedFolder.RepositoryRoot, "samples", SamplePage + extension), Path.Combine(host.Inbox, SamplePage + extension));
        var accounts = new AccountsFile(Path.Combine(host.Root, "users.json"));
        accounts.Set("alice", Roles.Archivist, Password);
        accounts.Set("rita", Roles.Reader, Password);
    }

    public static async Task<HttpClient> SignInAsync(ArchiveHost host, string name)
    {
        var client = host.CreateClient();
        var token = await TokenAsync(client, "/signin");
        var response = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["name"] = name, ["password"] = Password, ["returnUrl"] = "/",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>The antiforgery token of the first form on a page (and its cookie, kept by the client).</summary>
    public static async Task<string> TokenAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        return TokenPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"{url} has no antiforgery token.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]*)\"")]
    private static partial Regex TokenPattern();

    /// <summary>The page key and article ids of the sample page, from a search.</summary>
    public static async Task<string> PageKeyAsync(ArchiveHost host)
    {
        var hits = (await host.SearchAsync("青石县图书馆试行夜间开放")).GetProperty("hits");
        var id = hits[0].GetProperty("id").GetString()!;
        return id[..id.LastIndexOf('-')];
    }

    /// <summary>The id of the hit a search returns first.</summary>
    public static async Task<string> FirstHitAsync(ArchiveHost host, string query) =>
        (await host.SearchAsync(query)).GetProperty("hits")[0].GetProperty("id").GetString()!;

    public static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token)));
}
