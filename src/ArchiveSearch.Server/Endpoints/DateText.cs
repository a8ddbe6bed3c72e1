using System.Text;
using System.Text.RegularExpressions;

namespace ArchiveSearch.Server.Endpoints;

/// <summary>
/// Dates as people write them, brought to yyyy, yyyy-MM or yyyy-MM-dd before they are read: 2024年3月15日, 2024年3月,
/// 2019/02/20, 2019.2.20, 2024-3-5 and full-width digits. Anything else is left as it is, for the caller to refuse.
/// </summary>
public static partial class DateText
{
    public static string Normalize(string text)
    {
        var ascii = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
            ascii.Append(c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c);
        var match = Loose().Match(ascii.ToString());
        if (!match.Success)
            return text.Trim();
        var year = match.Groups["y"].Value;
        if (!match.Groups["m"].Success)
            return year;
        var month = match.Groups["m"].Value.PadLeft(2, '0');
        return match.Groups["d"].Success ? $"{year}-{month}-{match.Groups["d"].Value.PadLeft(2, '0')}" : $"{year}-{month}";
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:\s*[-/.年]\s*(?<m>\d{1,2})(?:\s*[-/.月]\s*(?<d>\d{1,2})\s*日?|\s*月)?)?\s*年?$")]
    private static partial Regex Loose();
}
