using ArchiveSearch.Index.Health;
using ArchiveSearch.Index.Ingest;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArchiveSearch.Index.Tests.Ingest;

/// <summary>When removals found by a scan may go ahead, and what is said when they may not.</summary>
public sealed class DeletionGuardTests
{
    private readonly OperatorWarnings warnings = new();

    private DeletionGuard Guard(double fraction = 0.2) =>
        new(warnings, new IngestSettings { MaxDeleteFraction = fraction }, NullLogger<DeletionGuard>.Instance);

    [Theory]
    [InlineData(1, 2, 1, true)]      // one page of a small archive
    [InlineData(20, 100, 80, true)]  // exactly the share
    [InlineData(21, 100, 79, false)] // above the share
    [InlineData(2, 2, 0, false)]     // an empty inbox
    [InlineData(1, 1, 0, false)]     // an empty inbox, even for one page
    public void Removals_above_the_share_or_from_an_empty_inbox_are_held(int removals, int indexed, int onDisk, bool allowed)
    {
        Assert.Equal(allowed, Guard().Allows(removals, indexed, onDisk, "/inbox"));
        Assert.Equal(!allowed, warnings.IsRaised(DeletionGuard.HeldKey));
    }

    [Theory]
    [InlineData(3, 27, 3, true)]   // 6 of the 30 there were: exactly the share
    [InlineData(3, 24, 6, false)]  // 9 of 30: above it, though each batch was 10 %
    [InlineData(1, 20, 10, false)] // one more page after a large removal is held too
    public void Removals_already_made_in_the_window_count_toward_the_share(int removals, int indexed, int removedBefore, bool allowed)
    {
        Assert.Equal(allowed, Guard().Allows(removals, indexed, indexed - removals, "/inbox", removedBefore));
        Assert.Equal(!allowed, warnings.IsRaised(DeletionGuard.HeldKey));
    }

    [Fact]
    public void The_warning_clears_once_a_scan_no_longer_holds_anything()
    {
        var guard = Guard();
        Assert.False(guard.Allows(50, 100, 50, "/inbox"));
        Assert.Contains("50 of 100", warnings.Current().Single().Sentence);

        Assert.True(guard.Allows(0, 100, 100, "/inbox"));

        Assert.Empty(warnings.Current());
    }

    [Fact]
    public void An_unreadable_inbox_is_reported_and_cleared_when_it_is_back()
    {
        var guard = Guard();
        guard.InboxUnavailable("the inbox folder /inbox does not exist");
        Assert.Contains("no page has been removed", warnings.Current().Single().Sentence);

        guard.InboxAvailable();

        Assert.Empty(warnings.Current());
    }
}
