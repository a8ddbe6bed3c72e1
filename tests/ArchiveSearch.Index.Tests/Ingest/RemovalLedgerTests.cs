using ArchiveSearch.Index.Ingest;

namespace ArchiveSearch.Index.Tests.Ingest;

/// <summary>The removals the deletion guard weighs together: counted by the hour, forgotten after the window, kept across restarts.</summary>
public sealed class RemovalLedgerTests
{
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);
    private static readonly DateTime Noon = new(2026, 3, 15, 12, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void Removals_within_the_window_add_up_and_older_ones_no_longer_count()
    {
        var ledger = new RemovalLedger();
        ledger.Add(Noon, 10, Day);
        ledger.Add(Noon.AddHours(3), 5, Day);

        Assert.Equal(15, ledger.Within(Noon.AddHours(4), Day));
        Assert.Equal(5, ledger.Within(Noon.AddHours(26), Day));
        Assert.Equal(0, ledger.Within(Noon.AddHours(29), Day));
    }

    [Fact]
    public void A_ledger_written_to_the_commit_data_reads_back_the_same_and_a_confirmation_clears_it()
    {
        var ledger = new RemovalLedger();
        ledger.Add(Noon, 7, Day);
        ledger.Add(Noon.AddHours(1), 2, Day);

        var again = RemovalLedger.Parse(ledger.ToString());

        Assert.Equal(9, again.Within(Noon.AddHours(2), Day));
        again.Clear();
        Assert.Equal("", again.ToString());
        Assert.Equal(0, RemovalLedger.Parse("not a ledger").Within(Noon, Day));
    }
}
