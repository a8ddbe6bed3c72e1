using ArchiveSearch.Index.Health;

namespace ArchiveSearch.Index.Tests.Health;

public sealed class OperatorWarningsTests
{
    [Fact]
    public void A_raised_warning_is_listed_until_it_is_cleared()
    {
        var warnings = new OperatorWarnings();
        warnings.Raise("inbox", "The inbox folder is missing; no page is removed until it is back.");

        Assert.True(warnings.IsRaised("inbox"));
        Assert.Equal("The inbox folder is missing; no page is removed until it is back.", Assert.Single(warnings.Current()).Sentence);

        warnings.Clear("inbox");
        Assert.Empty(warnings.Current());
    }

    [Fact]
    public void Raising_the_same_key_again_rewords_it_instead_of_adding_a_second()
    {
        var warnings = new OperatorWarnings();
        warnings.Raise("disk", "Writing the index failed: disk full.", WarningSeverity.Unhealthy);
        warnings.Raise("disk", "Writing the index failed: no space left on device.", WarningSeverity.Unhealthy);

        var only = Assert.Single(warnings.Current());
        Assert.Equal("Writing the index failed: no space left on device.", only.Sentence);
        Assert.Equal(WarningSeverity.Unhealthy, only.Severity);
    }
}
