using System.Globalization;

namespace ArchiveSearch.Index.Ingest;

/// <summary>
/// The page removals made since the last confirmed state, counted by the hour, so the deletion guard weighs them
/// together however the file events batched them. Kept in the index's commit data, committed with the removals
/// themselves, so a restart does not forget them. Removals older than the window no longer count: that is how slow,
/// legitimate pruning goes through without an operator. An operator's confirmation starts a new ledger.
/// </summary>
public sealed class RemovalLedger
{
    public const string CommitKey = "removalsByHour";

    private readonly SortedDictionary<DateTime, int> byHour = [];

    public static RemovalLedger Parse(string? text)
    {
        var ledger = new RemovalLedger();
        foreach (var item in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = item.Split('=');
            if (parts.Length == 2
                && DateTime.TryParseExact(parts[0], HourFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var hour)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                ledger.byHour[hour] = count;
        }

        return ledger;
    }

    /// <summary>Removals made within <paramref name="window"/> before <paramref name="now"/>.</summary>
    public int Within(DateTime now, TimeSpan window) => byHour.Where(h => h.Key > now - window - TimeSpan.FromHours(1)).Sum(h => h.Value);

    public void Add(DateTime now, int count, TimeSpan window)
    {
        var hour = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Utc);
        byHour[hour] = byHour.GetValueOrDefault(hour) + count;
        foreach (var old in byHour.Keys.Where(h => h <= now - window - TimeSpan.FromHours(1)).ToList())
            byHour.Remove(old);
    }

    public void Clear() => byHour.Clear();

    public override string ToString() =>
        string.Join(',', byHour.Select(h => h.Key.ToString(HourFormat, CultureInfo.InvariantCulture) + "=" + h.Value.ToString(CultureInfo.InvariantCulture)));

    private const string HourFormat = "yyyy-MM-dd'T'HH";
}
