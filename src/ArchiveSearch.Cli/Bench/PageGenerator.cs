using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ArchiveSearch.Cli.Bench;

/// <summary>
/// Writes newspaper-like page files with sidecars: each page a run of items (headline, a 本报讯 byline
/// paragraph, more paragraphs), the sentences drawn from real news text so word and character
/// frequencies are those of a real archive. The same seed writes the same pages.
/// </summary>
internal sealed class PageGenerator
{
    public const int ArticlesPerPage = 6;

    public static readonly string[] Papers = ["江城日报", "北岭晚报", "河西日报", "南州商报", "东海时报"];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"];

    private static readonly string[] GivenNames = ["晓雪", "建国", "明远", "雨桐", "国栋", "思远", "婧", "磊", "海燕", "志强", "丽华", "文博", "春生", "秀英", "立新", "红梅", "卫东", "佳怡", "子涵", "德明"];

    private readonly string[] sentences;
    private readonly Random random;
    private readonly ArticleLengths lengths;

    private PageGenerator(string[] sentences, int seed, ArticleLengths lengths)
    {
        this.sentences = sentences;
        this.lengths = lengths;
        random = new Random(seed);
    }

    /// <summary>The reporters' names the pages credit (the "name" query shape searches them).</summary>
    public static IEnumerable<string> Reporters => Surnames.Take(5).Zip(GivenNames.Take(5), (s, g) => s + g);

    /// <summary>Sentences of every <c>*.txt</c> file in the corpus folder, or of the built-in text when there is none.</summary>
    public static PageGenerator FromCorpus(DirectoryInfo? corpus, ArticleLengths? lengths = null, int seed = 20261201)
    {
        var text = corpus is { Exists: true }
            ? string.Join("\n", corpus.GetFiles("*.txt").Where(f => !f.Name.Contains("gold", StringComparison.Ordinal)).OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => File.ReadAllText(f.FullName)))
            : BuiltInText;
        var split = Sentences(text).ToArray();
        if (split.Length < 20)
            throw new InvalidOperationException($"The corpus {corpus?.FullName} has too few sentences ({split.Length}) to generate pages from.");
        return new PageGenerator(split, seed, lengths ?? ArticleLengths.Real);
    }

    /// <summary>Writes <paramref name="pages"/> pages (NAME.txt and NAME.json) into the folder, in subfolders of 1000.</summary>
    public void Write(string folder, int pages)
    {
        for (var i = 0; i < pages; i++)
        {
            var dir = Path.Combine(folder, (i / 1000).ToString("D4", CultureInfo.InvariantCulture));
            if (i % 1000 == 0)
                Directory.CreateDirectory(dir);
            var name = Path.Combine(dir, $"page-{i:D7}");
            var paper = Papers[random.Next(Papers.Length)];
            var date = new DateOnly(1990, 1, 1).AddDays(random.Next(35 * 365));
            File.WriteAllText(name + ".txt", lengths == ArticleLengths.Short ? Page() : PageOfRealLengths(), Encoding.UTF8);
            File.WriteAllText(name + ".json", JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["paper"] = paper,
                ["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["page"] = (1 + random.Next(16)).ToString(CultureInfo.InvariantCulture),
            }));
        }
    }

    private string Page()
    {
        var page = new StringBuilder();
        for (var a = 0; a < ArticlesPerPage; a++)
        {
            page.Append(Headline()).Append("\n\n");
            var reporter = Surnames[Skewed(Surnames.Length)] + GivenNames[Skewed(GivenNames.Length)];
            var paragraphs = 1 + random.Next(4);
            for (var p = 0; p < paragraphs; p++)
            {
                if (p == 0)
                    page.Append("本报讯 记者").Append(reporter).Append("报道 ");
                var count = 1 + random.Next(4);
                for (var s = 0; s < count; s++)
                    page.Append(sentences[random.Next(sentences.Length)]);
                page.Append("\n\n");
            }
        }

        return page.ToString();
    }

    /// <summary>
    /// Items whose lengths follow the real pages': each draws a length, then sentences follow the byline until the
    /// item is about that long (a sentence is added while it brings the item nearer to its length; every item has at
    /// least one), in paragraphs of 1–4 sentences. The segmenter must cut the page back into the items written, so a
    /// paragraph shorter than <see cref="ShortestParagraph"/> joins the one before it (alone it reads as a caption or
    /// a headline), and sentences that open with a dateline or a picture's caption are not used (they open an item).
    /// </summary>
    private string PageOfRealLengths()
    {
        var page = new StringBuilder();
        var paragraphs = new List<StringBuilder>();
        for (var a = 0; a < ArticlesPerPage; a++)
        {
            var target = ArticleLengths.Draw(random);
            var headline = Headline();
            var reporter = Surnames[Skewed(Surnames.Length)] + GivenNames[Skewed(GivenNames.Length)];
            var length = headline.Length;
            paragraphs.Clear();
            var paragraph = new StringBuilder("本报讯 记者").Append(reporter).Append("报道 ");
            length += paragraph.Length;
            var sentence = BodySentence();
            var inParagraph = 0;
            var sentencesInParagraph = 1 + random.Next(4);
            while (true)
            {
                paragraph.Append(sentence);
                length += sentence.Length;
                sentence = BodySentence();
                if (length + sentence.Length / 2 >= target)
                    break;
                if (++inParagraph == sentencesInParagraph)
                {
                    paragraphs.Add(paragraph);
                    paragraph = new StringBuilder();
                    inParagraph = 0;
                    sentencesInParagraph = 1 + random.Next(4);
                }
            }

            paragraphs.Add(paragraph);
            page.Append(headline).Append("\n\n");
            for (var p = 0; p < paragraphs.Count; p++)
            {
                page.Append(paragraphs[p]);
                if (p + 1 == paragraphs.Count || paragraphs[p + 1].Length >= ShortestParagraph)
                    page.Append("\n\n");
            }
        }

        return page.ToString();
    }

    /// <summary>Paragraphs shorter than this join the paragraph before them in items of real length.</summary>
    private const int ShortestParagraph = 60;

    /// <summary>Words that, early in a sentence, make it a dateline or an editor's note: the segmenter starts an item there.</summary>
    private static readonly string[] ItemOpenings = ["日电", "电（", "电(", "（记者", "编者按", "本报讯"];

    /// <summary>A sentence of the corpus that does not open with a news agency's dateline or a picture's caption.</summary>
    private string BodySentence()
    {
        while (true)
        {
            var sentence = sentences[random.Next(sentences.Length)];
            var opening = sentence.Length > 24 ? sentence[..24] : sentence;
            if (!ItemOpenings.Any(o => opening.Contains(o, StringComparison.Ordinal)) && !sentence.StartsWith('据') && !sentence.StartsWith("图为", StringComparison.Ordinal))
                return sentence;
        }
    }

    /// <summary>The opening clause of a sentence, cut at its first comma, as a headline without end punctuation.</summary>
    private string Headline()
    {
        for (var attempt = 0; ; attempt++)
        {
            var sentence = sentences[random.Next(sentences.Length)];
            var cut = sentence.IndexOfAny(['，', '、', '：', '；', '。', '！', '？']);
            var clause = cut > 0 ? sentence[..cut] : sentence;
            if (clause.Length is >= 6 and <= 24 || attempt > 20)
                return clause.Length > 24 ? clause[..24] : clause;
        }
    }

    /// <summary>A few names credit many articles, as on a real desk.</summary>
    private int Skewed(int n) => (int)(n * Math.Pow(random.NextDouble(), 2));

    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n')
            {
                start = i + 1;
                continue;
            }

            if (c is not ('。' or '！' or '？'))
                continue;
            var end = i + 1;
            if (end < text.Length && text[end] is '”' or '’')
                end++;
            var sentence = text[start..end].Trim();
            if (sentence.Length >= 8)
                yield return sentence;
            start = end;
        }
    }

    private const string BuiltInText =
        "市图书馆从下月起试行夜间开放，阅览室和自习室每天开放到晚上十点。" +
        "今年全市将为一百二十个老旧小区加装电梯三百四十部，财政对每部电梯补贴十五万元。" +
        "新一季冬季送温暖活动日前启动，将为全市五百户困难家庭送去棉衣、棉被和取暖煤。" +
        "东湖公园菊花展共展出菊花品种二百八十个，其中多个名贵品种首次亮相。" +
        "第一中学举办第十届科技节，学生们展示了自制的水火箭和太阳能小车等两百余件作品。" +
        "县里投资八百万元修缮明代石拱桥，工程预计明年五月完工。" +
        "农业农村局介绍，全县今年粮食播种面积稳定在六十万亩以上。" +
        "市场监管部门对节前食品安全开展专项检查，抽检样品四百余批次。" +
        "新建的城市公园向市民免费开放，园内种植乔木一万余株。" +
        "高速铁路新线开通运营，两地之间的旅行时间缩短到一个小时。" +
        "社区卫生服务中心推出家庭医生签约服务，已有三千余户居民签约。" +
        "全市中小学开展交通安全教育活动，交警走进校园讲解出行常识。" +
        "博物馆新展出土文物三百余件，展期持续到年底。" +
        "经济开发区新引进企业二十家，总投资超过四十亿元。" +
        "气象台预计本周后期将有一次明显降温过程，请市民注意防寒保暖。" +
        "文化馆组织的书法展吸引了众多爱好者，展出作品一百二十幅。" +
        "环保部门加强对重点河流的水质监测，全年水质达标率明显提高。" +
        "足球联赛本赛季将在新体育场举行主场比赛，门票即日起开始预售。" +
        "科技创新大赛共收到参赛项目五百余个，涵盖新能源和智能制造等领域。" +
        "志愿者协会组织的义务植树活动共种下树苗两千余棵。" +
        "港口货物吞吐量同比增长百分之八，集装箱业务增长更快。";
}
