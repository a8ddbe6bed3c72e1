using System.Text.Json;

namespace ArchiveSearch.Server.Tests.Trends;

/// <summary>
/// The real service on a socket over pages of three papers and three years: a series of twelve monthly notices
/// in 2022 (each names 农技 and 青石县), a page in 2023 and two on one day of 2024 (one names 青石县).
/// </summary>
public sealed class DatedSite : IAsyncLifetime
{
    public ArchiveHost Host { get; } = ArchiveHost.InTempFolder();

    public async Task InitializeAsync()
    {
        WritePage("library", TestPages.Library, "江城日报", "2024-03-15", "1");
        WritePage("orchard", TestPages.Orchard, "江城日报", "2024-03-15", "2");
        WritePage("bridge", TestPages.Bridge, "松江晚报", "2023-11-02", "3");
        for (var i = 1; i <= 12; i++)
            WritePage($"notices/n{i:D2}", TestPages.Notice(i), "青石日报", $"2022-{i:D2}-05", "4");
        await Host.StartAsync(kestrel: true);
        await ArchiveHost.WaitUntilAsync(async () => await Host.TotalAsync("农技") == 12, "the notices to be indexed");
    }

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();

    public void WritePage(string name, string text, string paper, string date, string page)
    {
        Host.WritePage(name + ".txt", text);
        Host.WritePage(name + ".json", JsonSerializer.Serialize(new { paper, date, page }));
    }

    /// <summary>The total of the search a trend point links to; 0 when the search only has relaxed hits (a trend counts exact matches).</summary>
    public async Task<int> SearchTotalAsync(string query, string from, string to, string? paper = null)
    {
        var answer = await Host.SearchAsync(query, $"&from={from}&to={to}" + (paper is null ? "" : "&paper=" + Uri.EscapeDataString(paper)));
        return answer.GetProperty("relaxed").GetBoolean() ? 0 : answer.GetProperty("total").GetInt32();
    }
}
