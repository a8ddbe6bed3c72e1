using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace ArchiveSearch.Server.Tests;

/// <summary>The service from page files to search results, through the real host, worker and on-disk index.</summary>
public sealed class ServiceEndToEndTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly ArchiveHost host = ArchiveHost.InTempFolder();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Pages_in_the_inbox_at_start_are_searchable_once_ready()
    {
        host.WritePage("2023/library.txt", TestPages.Library);
        host.WritePage("orchard.txt", TestPages.Orchard);
        await host.StartAsync();

        var result = await host.SearchAsync("夜间开放");

        Assert.Equal(1, result.GetProperty("total").GetInt32());
        var hit = result.GetProperty("hits")[0];
        Assert.Equal("青石县图书馆试行夜间开放", hit.GetProperty("title").GetString());
        Assert.Equal("2023/library", hit.GetProperty("pageId").GetString());
        Assert.Contains("夜间开放", hit.GetProperty("snippet").GetString());
    }

    [Fact]
    public async Task A_page_dropped_into_the_running_inbox_becomes_searchable()
    {
        await host.StartAsync();
        Assert.Equal(0, await host.TotalAsync("松花江"));

        host.WritePage("bridge.txt", TestPages.Bridge);
        var latency = await ArchiveHost.WaitUntilAsync(async () => await host.TotalAsync("松花江") == 1, "the new page to be searchable");

        output.WriteLine($"new page searchable after {latency.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task A_changed_page_replaces_its_articles_without_duplicates()
    {
        host.WritePage("orchard.txt", TestPages.Orchard);
        await host.StartAsync();
        Assert.Equal(1, await host.TotalAsync("白杨沟村"));

        host.WritePage("orchard.txt", TestPages.OrchardRevised);
        await ArchiveHost.WaitUntilAsync(async () => await host.TotalAsync("红富士") == 1, "the revised page to be indexed");

        Assert.Equal(1, await host.TotalAsync("白杨沟村"));
        Assert.Equal(0, await host.TotalAsync("两毛钱"));
        var stats = await host.GetJsonAsync("/api/stats");
        Assert.Equal(1, stats.GetProperty("pages").GetInt32());
    }

    [Fact]
    public async Task A_deleted_page_takes_its_articles_out_of_the_index()
    {
        host.WritePage("orchard.txt", TestPages.Orchard);
        host.WritePage("bridge.txt", TestPages.Bridge);
        await host.StartAsync();
        Assert.Equal(1, await host.TotalAsync("白杨沟村"));

        File.Delete(Path.Combine(host.Inbox, "orchard.txt"));
        await ArchiveHost.WaitUntilAsync(async () => await host.TotalAsync("白杨沟村") == 0, "the deleted page to leave the index");

        Assert.Equal(1, await host.TotalAsync("松花江"));
        Assert.Equal(1, (await host.GetJsonAsync("/api/stats")).GetProperty("pages").GetInt32());
    }

    [Fact]
    public async Task A_restart_keeps_the_index_and_does_not_reindex_unchanged_pages()
    {
        host.WritePage("orchard.txt", TestPages.Orchard);
        host.WritePage("bridge.txt", TestPages.Bridge);
        await host.StartAsync();
        var before = await host.GetJsonAsync("/api/stats");
        Assert.Equal(2, before.GetProperty("ingestedSinceStart").GetInt32());
        await host.StopAsync();

        await host.StartAsync();
        var after = await host.GetJsonAsync("/api/stats");

        Assert.Equal(0, after.GetProperty("ingestedSinceStart").GetInt32());
        Assert.Equal(before.GetProperty("articles").GetInt32(), after.GetProperty("articles").GetInt32());
        Assert.Equal(2, after.GetProperty("pages").GetInt32());
        Assert.Equal(1, await host.TotalAsync("松花江"));
        Assert.NotEqual(JsonValueKind.Null, after.GetProperty("lastCommit").ValueKind);
    }

    [Fact]
    public async Task Changes_made_while_the_service_was_down_are_picked_up_at_start()
    {
        host.WritePage("orchard.txt", TestPages.Orchard);
        host.WritePage("bridge.txt", TestPages.Bridge);
        await host.StartAsync();
        await host.StopAsync();

        host.WritePage("orchard.txt", TestPages.OrchardRevised);
        File.Delete(Path.Combine(host.Inbox, "bridge.txt"));
        host.WritePage("library.txt", TestPages.Library);
        await host.StartAsync();

        Assert.Equal(2, (await host.GetJsonAsync("/api/stats")).GetProperty("ingestedSinceStart").GetInt32());
        Assert.Equal(1, await host.TotalAsync("红富士"));
        Assert.Equal(0, await host.TotalAsync("松花江"));
        Assert.Equal(1, await host.TotalAsync("图书馆"));
    }

    [Fact]
    public async Task Unreadable_pages_are_quarantined_and_reported_while_the_rest_is_indexed()
    {
        host.WriteBytes("scan.txt", [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xFF, 0x00]);
        host.WriteBytes("blank.txt", []);
        host.WritePage("bridge.txt", TestPages.Bridge);
        await host.StartAsync();

        var stats = await host.GetJsonAsync("/api/stats");
        var quarantined = stats.GetProperty("quarantined").EnumerateArray()
            .ToDictionary(q => q.GetProperty("path").GetString()!, q => q.GetProperty("reason").GetString()!);
        Assert.Equal(["blank.txt", "scan.txt"], quarantined.Keys.Order().ToArray());
        Assert.Contains("empty", quarantined["blank.txt"]);
        Assert.Contains("binary", quarantined["scan.txt"]);
        Assert.Equal(1, stats.GetProperty("pages").GetInt32());
        Assert.Equal(1, await host.TotalAsync("松花江"));

        // Repairing the file takes it out of quarantine.
        host.WritePage("blank.txt", TestPages.Library);
        await ArchiveHost.WaitUntilAsync(async () => await host.TotalAsync("图书馆") == 1, "the repaired page to be indexed");
        var after = await host.GetJsonAsync("/api/stats");
        Assert.Single(after.GetProperty("quarantined").EnumerateArray());
    }

    [Fact]
    public async Task An_article_is_served_whole_by_its_id()
    {
        host.WritePage("library.txt", TestPages.Library);
        await host.StartAsync();
        var id = (await host.SearchAsync("读书沙龙")).GetProperty("hits")[0].GetProperty("id").GetString()!;

        var article = await host.GetJsonAsync($"/api/articles/{id}");

        Assert.Equal("青石县图书馆试行夜间开放", article.GetProperty("title").GetString());
        Assert.Contains("古籍修复", article.GetProperty("body").GetString());
        Assert.Equal("library", article.GetProperty("pageId").GetString());
        Assert.Equal(1, article.GetProperty("ordinal").GetInt32());

        var missing = await host.Client.GetAsync("/api/articles/nope-1");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        var problem = await missing.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("article.not_found", problem.GetProperty("code").GetString());
        Assert.Equal("nope-1", problem.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("\"松花江", "query.quote_not_closed", 1)]
    [InlineData("-松花江", "query.only_exclusions", null)]
    [InlineData("(松花江", "query.parenthesis_not_closed", 1)]
    [InlineData("松花江 OR", "query.or_without_term_after", 5)]
    public async Task A_query_that_cannot_be_answered_is_a_400_problem_with_the_code_and_position_of_the_fault(string query, string code, int? position)
    {
        await host.StartAsync();

        var response = await host.Client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal(position, problem.TryGetProperty("position", out var at) ? at.GetInt32() : null);
    }

    [Fact]
    public async Task Health_endpoints_answer()
    {
        await host.StartAsync();

        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health/ready")).StatusCode);
    }
}
