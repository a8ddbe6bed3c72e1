using System.Net;
using System.Text;
using Xunit.Abstractions;

namespace ArchiveSearch.Server.Tests;

/// <summary>Whatever a user or a script types into q, the service answers 200 or a 400 problem — never a 5xx.</summary>
public sealed class QueryFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Syntax = "+-&|!(){}[]^\"~*?:\\/ \u3000“”「」（）：";
    private readonly ArchiveHost host = ArchiveHost.InTempFolder();

    public async Task InitializeAsync()
    {
        host.WritePage("library.txt", TestPages.Library);
        host.WritePage("orchard.txt", TestPages.Orchard);
        await host.StartAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Random_queries_never_cause_a_server_error()
    {
        var random = new Random(7);
        var statuses = new Dictionary<HttpStatusCode, int>();
        for (var i = 0; i < 600; i++)
        {
            var query = RandomQuery(random, i);
            var response = await host.Client.GetAsync("/api/search?q=" + Encode(query));
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for q={Escape(query)}: {await response.Content.ReadAsStringAsync()}");
            if (response.StatusCode == HttpStatusCode.BadRequest)
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        output.WriteLine(string.Join(", ", statuses.Select(s => $"{(int)s.Key}: {s.Value}")));
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("(杜鹃花")]
    [InlineData("title:")]
    [InlineData("a OR")]
    [InlineData("*:*")]
    [InlineData("\\")]
    [InlineData("[1 TO 2}")]
    [InlineData("杜鹃花~2^3")]
    [InlineData("\0")]
    public async Task Lucene_syntax_in_user_input_is_never_a_server_error(string query)
    {
        var response = await host.Client.GetAsync("/api/search?q=" + Encode(query));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task A_ten_thousand_character_query_is_refused_with_a_message()
    {
        var response = await host.Client.GetAsync("/api/search?q=" + Encode(new string('杜', 10_000)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("long", await response.Content.ReadAsStringAsync());
    }

    private static string RandomQuery(Random random, int i)
    {
        var length = i % 50 == 0 ? 10_000 : random.Next(0, 40);
        var builder = new StringBuilder(length);
        for (var k = 0; k < length; k++)
        {
            builder.Append(random.Next(6) switch
            {
                0 => Syntax[random.Next(Syntax.Length)],
                1 => (char)random.Next(0x4E00, 0x9FA6),
                2 => (char)random.Next(0x20, 0x7F),
                3 => (char)random.Next(0, 0x20),
                4 => (char)random.Next(0xD800, 0xE000), // lone surrogates
                _ => (char)random.Next(0x80, 0xFFFF),
            });
        }

        return builder.ToString();
    }

    /// <summary>Percent-encodes UTF-8, with lone surrogates sent as the replacement character as a browser would.</summary>
    private static string Encode(string s)
    {
        var bytes = new UTF8Encoding(false, false).GetBytes(s);
        var builder = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
            builder.Append('%').Append(b.ToString("X2"));
        return builder.ToString();
    }

    private static string Escape(string s) => s.Length > 80 ? s[..80] + "…" : s;
}
