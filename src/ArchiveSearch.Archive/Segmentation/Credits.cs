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
    // Newsrooms qualify 记者 freely (全媒体记者, 见习记者, 首席记者); the role is the whole word.
    private const string Role = "(?:全媒体记者|融媒体记者|见习记者|首席记者|特约记者|摄影记者|记者|特约通讯员|通讯员|实习生)";
    private const string Names = $@"(?:{Role}\s*)?{Name}(?:[\s、,，]+(?:{Role}\s*)?{Name})*";

    /// <summary>Two or more names of two or three characters with nothing else: 袁春辉 李国恩 (or 个体户 赵刚).</summary>
    private const string BareNames = $@"{ShortName}(?:[\s、]+{ShortName})+";

    /// <summary>The author line of an essay or poem starts with its mark: □ 沈雁秋, ◎季川, 文/顾晚舟.</summary>
    private const string AuthorMark = @"(?:□|◎|文\s*[/／])";

    /// <summary>A dateline without its reporters: 新华社罗马9月10日电, 据新华社东京9月10日电, 本报北京3月5日电.</summary>
    private const string DatelinePlace = @"据?(?:新华社|中新社|本报)\p{IsCJKUnifiedIdeographs}{0,8}?\d{1,2}月\d{1,2}日电";

    /// <summary>What a byline may say after the names: who wrote and who photographed.</summary>
    private const string WorkNote = @"(?:\s*(?:文\s*[/／]\s*图|图\s*[/／]\s*文|摄影报道))?";

    /// <summary>
    /// A byline on a line of its own: 本报讯, 本报通讯员 郑嘉萱, 本报记者 王卢莎 文/图, 本报讯 记者刘家伟报道,
    /// 本报评论员 (with or without the commentator's name), and the author lines of essays and poems (□ 沈雁秋, 文/顾晚舟, ◎季川).
    /// </summary>
    [GeneratedRegex($@"^(?:(?:文\s*[/／]\s*图|图\s*[/／]\s*文)\s+)?(?:本报讯|本报讯\s*{Role}\s*{Names}\s*报道|本报{Role}\s*{Names}{WorkNote}|{Role}\s*{Names}(?:\s*报道)?{WorkNote}|本报讯?\s*[(（]\s*{Names}\s*[)）]|本报(?:特约)?评论员(?:\s*{Name})?|{AuthorMark}\s*{Name}(?:\s+{Name})*)$")]
    private static partial Regex StandaloneBylinePattern();

    /// <summary>A byline opening a body paragraph: 本报讯 记者崔治报道 …, 本报讯(通讯员 杨滢)…, 本报(通讯员 魏建)…, 本报讯 ….</summary>
    [GeneratedRegex($@"^(?:本报讯\s*{Role}\s*{Names}\s*报道|本报讯?\s*[(（]\s*{Names}\s*[)）]|本报讯|{Dateline})\s*")]
    private static partial Regex InlineBylinePattern();

    [GeneratedRegex(DatelinePlace)]
    private static partial Regex DatelinePlacePattern();

    /// <summary>A news agency's dateline with its reporters: 新华社罗马9月10日电(记者 黄晓雯).</summary>
    private const string Dateline = $@"{DatelinePlace}(?:\s*[(（]\s*{Names}\s*[)）])?";

    /// <summary>
    /// A credit that closes an article: 本报记者 杨丽娟, or two or more names of two or three characters
    /// (袁春辉 李国恩) — four-character pairs are sub-heads (党建引领 动力十足), not people.
    /// </summary>
    [GeneratedRegex($@"^(?:(?:[(（]\s*)?(?:本报{Role}\s*{Names}|{BareNames})(?:\s*[)）])?|[(（]\s*{ShortName}\s*[)）]|\p{{IsCJKUnifiedIdeographs}}\u3000{{1,2}}\p{{IsCJKUnifiedIdeographs}})$")]
    private static partial Regex EndCreditPattern();

    /// <summary>Two or more bare names with no 本报, role or brackets: 袁春辉 李国恩, but also 个体户 赵刚.</summary>
    [GeneratedRegex($@"^{BareNames}$")]
    private static partial Regex BareNamesPattern();

    [GeneratedRegex($@"^{AuthorMark}")]
    private static partial Regex AuthorLinePattern();

    /// <summary>What a credit says besides people and roles: the paper, the agency and its dateline, 报道, 评论员.</summary>
    [GeneratedRegex($@"{DatelinePlace}|新华社|中新社|本报讯?|摄影报道|报道|(?:特约)?评论员")]
    private static partial Regex CreditWordsPattern();

    /// <summary>A photo credit: 本报通讯员 杨滢 摄, 本报记者 郑磊 摄, 周丹丹 摄.</summary>
    [GeneratedRegex($@"^(?:本报|新华社|中新社)?{Names}\s*摄$")]
    private static partial Regex PhotoCreditPattern();

    [GeneratedRegex($@"{Role}|{Name}")]
    private static partial Regex RoleOrNamePattern();

    [GeneratedRegex(@"(?<![\p{IsCJKUnifiedIdeographs}])(\p{IsCJKUnifiedIdeographs})\u3000{1,2}(\p{IsCJKUnifiedIdeographs})(?![\p{IsCJKUnifiedIdeographs}])")]
    private static partial Regex PaddedNamePattern();

    [GeneratedRegex($@"^{Role}$")]
    private static partial Regex RolePattern();

    public static bool IsStandaloneByline(string line) => line.Length <= 30 && StandaloneBylinePattern().IsMatch(line);

    public static bool IsEndCredit(string line) => line.Length <= 30 && EndCreditPattern().IsMatch(line);

    /// <summary>
    /// Whether an end credit is bare names only. Such a line is also how a vox-pop or interview labels its
    /// speakers (个体户 赵刚), so where it stands decides which it is.
    /// </summary>
    public static bool IsBareNames(string line) => line.Length <= 30 && BareNamesPattern().IsMatch(line);

    /// <summary>
    /// Whether every word of a line of bare names begins with a common surname (石丽萍 聂云舟 do; 新学期 新校园
    /// do not): two short words above a headline are that headline's overline unless they read as people.
    /// </summary>
    public static bool StartsWithSurnames(string line)
    {
        foreach (var word in line.Split([' ', '\u3000', '、'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!SegmentationLexicon.CommonSurnames.Contains(word[0]))
                return false;
        }

        return true;
    }

    /// <summary>A byline that opens a report (本报讯…, a dateline): such reports carry no sub-heads.</summary>
    public static bool OpensReport(string byline) => byline.StartsWith(SegmentationLexicon.ReportOpening, StringComparison.Ordinal) || DatelinePlacePattern().IsMatch(byline);

    /// <summary>Whether a paragraph opens with a report's byline (本报讯（记者 X）…, 本报北京1月2日电 …).</summary>
    public static bool OpensReportText(string paragraph) => InlineByline(paragraph) is { } opening && OpensReport(opening.Byline);

    /// <summary>Whether a byline is the author line of an essay or poem (□ 沈雁秋, 文/顾晚舟, ◎季川).</summary>
    public static bool IsAuthorLine(string byline) => AuthorLinePattern().IsMatch(byline);

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
        var text = CreditWordsPattern().Replace(credit, " ").TrimEnd('摄');
        // A two-character name padded to three with an ideographic space (韦　然) is one name.
        text = PaddedNamePattern().Replace(text, "$1$2");
        var people = new List<Author>();
        string? role = null;
        foreach (Match match in RoleOrNamePattern().Matches(text))
        {
            if (RolePattern().IsMatch(match.Value))
                role = match.Value;
            else
                people.Add(new Author(match.Value, isPhoto ? "摄影" : role));
        }

        return people;
    }
}
