using System.Globalization;

namespace ArchiveSearch.Index.Schema;

/// <summary>The page number as a number for sorting: its digits (A03 is 3), or after every numbered page when it has none.</summary>
public static class PageOrder
{
    public const string PageNumber = "page_n";
    public const string OrdinalNumber = "ordinal_n";

    public static long Of(string? page)
    {
        var digits = new string((page ?? "").Where(char.IsAsciiDigit).Take(9).ToArray());
        return digits.Length == 0 ? int.MaxValue : long.Parse(digits, CultureInfo.InvariantCulture);
    }
}
