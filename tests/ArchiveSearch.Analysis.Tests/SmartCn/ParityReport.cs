namespace ArchiveSearch.Analysis.Tests.SmartCn;

/// <summary>Compares our tokens with the reference's, position by position.</summary>
internal static class ParityReport
{
    /// <summary>Identical tokens (same index), total (the longer list), and a description of the first difference.</summary>
    public static (int Identical, int Total, string? FirstDifference) Compare(IReadOnlyList<TokenRecord> expected, IReadOnlyList<TokenRecord> actual)
    {
        var identical = 0;
        string? first = null;
        var total = Math.Max(expected.Count, actual.Count);
        for (var i = 0; i < total; i++)
        {
            var e = i < expected.Count ? expected[i] : null;
            var a = i < actual.Count ? actual[i]?.AsPrinted() : null;
            if (e is not null && a is not null && e == a) identical++;
            else first ??= $"token {i}: expected [{e}] but was [{a}]";
        }

        return (identical, total, first);
    }
}
