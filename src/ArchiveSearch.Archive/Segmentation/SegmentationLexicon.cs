namespace ArchiveSearch.Archive.Segmentation;

/// <summary>
/// The words the segmentation rules look for, in one place: what a page's furniture, labels, notes and
/// credits say. Patterns that combine them (bylines, datelines, mastheads) are built in the rule classes.
/// </summary>
public static class SegmentationLexicon
{
    /// <summary>Lines of furniture with no text of their own to index.</summary>
    public static readonly HashSet<string> FurnitureWords = ["核心提示", "编者按", "编者按：", "编者按:", "图片新闻", "图片报道"];

    /// <summary>Names of a paper's sections, printed at the head of a page.</summary>
    public static readonly HashSet<string> SectionNames = ["要闻", "综合", "综合新闻", "本地新闻", "时政", "经济", "文化", "社会", "民生", "国内", "国际", "体育", "副刊", "理论", "评论", "专版", "专题", "县域", "文化周刊"];

    /// <summary>Labels of boxes and blocks beside the articles: what follows is an item of its own.</summary>
    public static readonly HashSet<string> BoxLabels = ["链接", "相关链接", "新闻链接", "相关新闻", "背景", "新闻背景", "背景链接", "延伸阅读", "公告", "广告"];

    /// <summary>Column labels whose items are photos (图说).</summary>
    public static readonly string[] PhotoColumnWords = ["图说", "图片"];

    /// <summary>Column labels whose items are briefs (快讯).</summary>
    public static readonly string[] BriefColumnWords = ["快讯", "简讯", "短讯", "速递", "动态"];

    /// <summary>Bullets that mark an item in a column of briefs, or a column's label.</summary>
    public static readonly char[] Bullets = ['■', '●', '▲', '◆'];

    /// <summary>How the note about an essay's author begins, inside its brackets: (作者系…).</summary>
    public static readonly string[] AboutTheAuthorOpenings = ["作者系", "作者单位", "作者为"];

    /// <summary>How a note under a table or chart begins.</summary>
    public static readonly string[] SourceNoteOpenings = ["注:", "注：", "数据来源", "资料来源"];

    /// <summary>Endings of an overline that introduces what someone says (…报告显示).</summary>
    public static readonly string[] StatementIntroEndings = ["显示", "表示", "指出", "：", ":"];

    /// <summary>Openings of the line over an interview's headline that names who is interviewed (专访…): an overline, not the title.</summary>
    public static readonly string[] InterviewOverlineOpenings = ["专访"];

    /// <summary>The opening of a report from the paper's own reporters.</summary>
    public const string ReportOpening = "本报讯";

    /// <summary>The opening of an editor's note, which introduces the article after it.</summary>
    public const string EditorsNoteOpening = "编者按";

    /// <summary>
    /// The surnames that cover the great majority of people in the mainland press, compound ones by their
    /// first character: two short words above a headline are its overline unless each begins with one.
    /// </summary>
    public const string CommonSurnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝郁诸上东皇慕令狐";
}
