using System.Text.RegularExpressions;

namespace ArchiveSearch.Archive.Segmentation;

/// <summary>
/// Finds the places and organisations a text names by the word that ends their name (东川市, 青石镇, 柳湾社区,
/// 宏达公司, 东关中学, 城关劳务站). Text has no word breaks, so a name is keyed by the two characters before that
/// word, which is how the text names the same place again (东川市 … 东川); a key holding a numeral or a function
/// character (第三中学, 往大医院) and a common noun that ends the same way (超市, 县城, 乡镇, 山区) name nothing.
/// </summary>
public static partial class PlaceMentions
{
    /// <summary>The words that end the name of a place or an organisation.</summary>
    private const string Endings =
        "委员会|合作社|研究所|图书馆|博物馆|开发区|街道|社区|小区|公司|集团|医院|学校|中学|小学|大学|学院|银行|协会|市|县|区|镇|乡|村|站";

    /// <summary>At every position (a lookahead, so that a rejected key does not hide a name that overlaps it).</summary>
    [GeneratedRegex($@"(?=(?<key>\p{{IsCJKUnifiedIdeographs}}{{2}})(?<ending>{Endings}))")]
    private static partial Regex NamePattern();

    /// <summary>Characters that are no part of a name: numerals, function words, words for how many or which.</summary>
    private const string NotInNames = "一二三四五六七八九十百千万两几第的了在和与是到从为将把被向对等也都往里这那其该本全我各每个些所及或共近新老大小";

    /// <summary>For an ending, the characters right before it that make a common noun rather than a name (超市, 乡镇, 山区, 网站).</summary>
    private static readonly Dictionary<string, string> CommonNounsBefore = new(StringComparer.Ordinal)
    {
        ["市"] = "超城都门上股夜集早菜开闹",
        ["县"] = "邻郡",
        ["区"] = "城山片库辖园景地郊市灾牧校街矿林发",
        ["镇"] = "乡城集重坐",
        ["乡"] = "城家故返下回思他异山水",
        ["村"] = "农乡山渔同进包村",
        ["站"] = "车网",
    };

    /// <summary>Keys that are common words before an ending (人民医院, 中心小学, 有限公司): they name no particular place.</summary>
    private static readonly HashSet<string> CommonKeys = ["人民", "中心", "有限", "股份", "责任", "实验", "希望", "社区", "农村", "乡村", "城市", "居民", "村民"];

    /// <summary>The places and organisations a text names, each by the two characters before the word that ends its name.</summary>
    public static IReadOnlySet<string> In(string text)
    {
        var places = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in NamePattern().Matches(text))
        {
            var key = match.Groups["key"].Value;
            var ending = match.Groups["ending"].Value;
            if (key.IndexOfAny(NotInNames.ToCharArray()) >= 0 || CommonKeys.Contains(key))
                continue;
            if (CommonNounsBefore.TryGetValue(ending, out var before) && before.Contains(key[1]))
                continue;
            places.Add(key);
        }

        return places;
    }
}
