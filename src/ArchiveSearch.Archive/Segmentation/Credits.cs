using System.Text.RegularExpressions;
using ArchiveSearch.Archive.Articles;

namespace ArchiveSearch.Archive.Segmentation;

/// <summary>
/// Recognises the credit lines of a newspaper page — bylines (本报讯 记者X报道, 本报通讯员 X, 本报讯(通讯员 X)),
/// end-of-article credits (本报记者 X, or two names) and photo credits (… X 摄) — and reads the people in them.
/// </summary>
public static partial class Credits
{
    private const string Name = @"\p{IsCJKUnifiedIdeographs}{2,4}";
    private const string ShortName = @"\p{IsCJKUnifiedIdeographs}{2,3}";
    private const string Role = "(?:特约记者|摄影记者|记者|通讯员|实习生)";
    private const string Names = $@"(?:{Role}\s*)?{Name}(?:[\s、,，]+(?:{Role}\s*)?{Name})*";

    /// <summary>A byline on a line of its own: 本报讯, 本报通讯员 郑嘉萱, 本报记者 王卢莎, 本报讯 记者刘家伟报道.</summary>
    [GeneratedRegex($@"^(?:本报讯|本报讯\s*{Role}\s*{Names}\s*报道|本报{Role}\s*{Names}|{Role}\s*{Names}(?:\s*报道)?|本报讯?\s*[(（]\s*{Names}\s*[)）])$")]
    private static partial Regex StandaloneBylinePattern();

    /// <summary>A byline opening a body paragraph: 本报讯 记者崔治报道 …, 本报讯(通讯员 杨滢)…, 本报(通讯员 魏建)…, 本报讯 ….</summary>
    [GeneratedRegex($@"^(?:本报讯\s*{Role}\s*{Names}\s*报道|本报讯?\s*[(（]\s*{Names}\s*[)）]|本报讯)\s*")]
    private static partial Regex InlineBylinePattern();

    /// <summary>
    /// A credit that closes an article: 本报记者 杨丽娟, or two or more names of two or three characters
    /// (袁春辉 李国恩) — four-character pairs are sub-heads (党建引领 动力十足), not people.
    /// </summary>
    [GeneratedRegex($@"^(?:[(（]\s*)?(?:本报{Role}\s*{Names}|{ShortName}(?:[\s、]+{ShortName})+)(?:\s*[)）])?$")]
    private static partial Regex EndCreditPattern();

    /// <summary>Two or more bare names with no 本报, role or brackets: 袁春辉 李国恩, but also 个体户 赵刚.</summary>
    [GeneratedRegex($@"^{ShortName}(?:[\s、]+{ShortName})+$")]
    private static partial Regex BareNamesPattern();

    /// <summary>A photo credit: 本报通讯员 杨滢 摄, 本报记者 郑磊 摄, 周丹丹 摄.</summary>
    [GeneratedRegex($@"^(?:本报)?{Names}\s*摄$")]
    private static partial Regex PhotoCreditPattern();

    [GeneratedRegex($@"{Role}|{Name}")]
    private static partial Regex RoleOrNamePattern();

    public static bool IsStandaloneByline(string line) => line.Length <= 30 && StandaloneBylinePattern().IsMatch(line);

    public static bool IsEndCredit(string line) => line.Length <= 30 && EndCreditPattern().IsMatch(line);

    /// <summary>
    /// Whether an end credit is bare names only. Such a line is also how a vox-pop or interview labels its
    /// speakers (个体户 赵刚), so where it stands decides which it is.
    /// </summary>
    public static bool IsBareNames(string line) => line.Length <= 30 && BareNamesPattern().IsMatch(line);

    public static bool IsPhotoCredit(string line) => line.Length <= 30 && PhotoCreditPattern().IsMatch(line);

    /// <summary>The byline at the start of a body paragraph, if any, and where the body text begins.</summary>
    public static (string Byline, int BodyStart)? InlineByline(string paragraph)
    {
        var match = InlineBylinePattern().Match(paragraph);
        if (!match.Success || match.Length == paragraph.Length)
            return null;
        return (match.Value.Trim(), match.Length);
    }

    /// <summary>A credit standing after the paragraph's last sentence (…减排。本报记者 杨丽娟, …知识。周丹丹 摄), if any.</summary>
    public static (string Credit, int CreditStart, bool IsPhoto)? TrailingCredit(string paragraph)
    {
        var last = paragraph.LastIndexOfAny(['。', '！', '？', '!', '?', '”', '…']);
        if (last < 0 || last == paragraph.Length - 1)
            return null;
        var tail = paragraph[(last + 1)..].Trim();
        if (IsPhotoCredit(tail))
            return (tail, paragraph.IndexOf(tail, last + 1, StringComparison.Ordinal), true);
        if (IsEndCredit(tail))
            return (tail, paragraph.IndexOf(tail, last + 1, StringComparison.Ordinal), false);
        return null;
    }

    /// <summary>The people a credit names, each with the role written before it (a photo credit makes them 摄影).</summary>
    public static IReadOnlyList<Author> People(string credit)
    {
        var isPhoto = credit.EndsWith('摄');
        var text = credit.Replace("本报讯", " ").Replace("本报", " ").Replace("报道", " ").TrimEnd('摄');
        var people = new List<Author>();
        string? role = null;
        foreach (Match match in RoleOrNamePattern().Matches(text))
        {
            if (match.Value is "特约记者" or "摄影记者" or "记者" or "通讯员" or "实习生")
                role = match.Value;
            else
                people.Add(new Author(match.Value, isPhoto ? "摄影" : role));
        }

        return people;
    }
}
