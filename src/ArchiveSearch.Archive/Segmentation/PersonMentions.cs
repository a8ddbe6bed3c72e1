using System.Text.RegularExpressions;

namespace ArchiveSearch.Archive.Segmentation;

/// <summary>
/// Finds the people a paragraph introduces by name in running text: a name after a title or a word for who
/// someone is (市长王照环, 村民潘德胜, 党委副书记巴桑说), or a name that opens a clause and speaks (李盛霖说,
/// 蔡家东在接受记者采访时). A person is keyed by the first two characters of the name, which is how the text
/// mentions the same person again whichever length the name has.
/// </summary>
public static partial class PersonMentions
{
    private const string Titles =
        "市长|省长|县长|区长|镇长|乡长|村长|书记|主任|局长|院长|校长|厂长|经理|董事长|主席|部长|队长|站长|所长|馆长|会长|社长|"
        + "教练|教授|老师|医生|村民|农民|居民|市民|老人|志愿者|工人|师傅|负责人|代表|专家|选手|运动员|大使|厅长|处长|科长";

    private const string Speaks = "说|表示|告诉|介绍|认为|指出|谈到|在接受|坦言";

    /// <summary>A title, then a name of any two characters that speaks at once (书记巴桑说).</summary>
    [GeneratedRegex($@"(?:{Titles})(?<name>\p{{IsCJKUnifiedIdeographs}}{{2}})(?=\p{{IsCJKUnifiedIdeographs}}?(?:{Speaks}))")]
    private static partial Regex TitledSpeakerPattern();

    /// <summary>A title, then a name that begins with a common surname (市长王照环).</summary>
    [GeneratedRegex($@"(?:{Titles})(?<name>[{SegmentationLexicon.CommonSurnames}]\p{{IsCJKUnifiedIdeographs}})")]
    private static partial Regex TitledNamePattern();

    /// <summary>A name that begins a clause with a common surname and speaks (李盛霖说, 蔡家东在接受…).</summary>
    [GeneratedRegex($@"(?<![\p{{IsCJKUnifiedIdeographs}}])(?<name>[{SegmentationLexicon.CommonSurnames}]\p{{IsCJKUnifiedIdeographs}})\p{{IsCJKUnifiedIdeographs}}?(?:{Speaks})")]
    private static partial Regex SpeakerPattern();

    /// <summary>The people a text names, each by the first two characters of the name.</summary>
    public static IReadOnlySet<string> In(string text)
    {
        var people = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pattern in new[] { TitledSpeakerPattern(), TitledNamePattern(), SpeakerPattern() })
        {
            foreach (Match match in pattern.Matches(text))
                people.Add(match.Groups["name"].Value);
        }

        return people;
    }

    /// <summary>The first person the paragraph names whom the other text never mentions, or null.</summary>
    public static string? Unmentioned(string paragraph, string other) =>
        In(paragraph).FirstOrDefault(person => !other.Contains(person, StringComparison.Ordinal));
}
