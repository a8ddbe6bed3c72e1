using System.Text;

namespace ArchiveSearch.Server.Tests;

/// <summary>
/// Many small pages for load and crash tests: two articles each, built from a few sentences written for these
/// tests, the first carrying a code no other page has (<see cref="Marker"/>), so a search for it finds one page.
/// </summary>
public static class GeneratedPages
{
    private const string CodeAlphabet = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";

    private static readonly string[] Headlines =
    [
        "河湾镇新建一座便民图书室", "老街菜市场完成改造", "山区小学开设书法课", "江边步道夜间亮灯", "社区食堂为老人送餐上门",
    ];

    private static readonly string[] Sentences =
    [
        "村民们说，这件事办到了大家的心坎上。", "工程预计年底前全部完工。", "附近的居民纷纷前来参观。",
        "负责人介绍，下一步还将扩大服务范围。", "活动吸引了两百多名群众参加。", "有关部门表示将持续跟进。",
    ];

    /// <summary>The code that page <paramref name="n"/> alone carries (e.g. 编号甲乙丙丁).</summary>
    public static string Marker(int n)
    {
        var code = new StringBuilder("编号");
        for (var i = 0; i < 4; i++)
        {
            code.Append(CodeAlphabet[n % CodeAlphabet.Length]);
            n /= CodeAlphabet.Length;
        }

        return code.ToString();
    }

    public static string RelativePath(int n) => $"{n / 500:D2}/page-{n:D5}.txt";

    public static string Page(int n)
    {
        var text = new StringBuilder();
        for (var article = 0; article < 2; article++)
        {
            text.Append(Headlines[(n + article) % Headlines.Length]).Append("\n\n");
            text.Append("本报讯 记者周明远报道 ");
            for (var s = 0; s < 3; s++)
                text.Append(Sentences[(n + s + article) % Sentences.Length]);
            if (article == 0)
                text.Append("本期").Append(Marker(n)).Append('。');
            text.Append("\n\n");
        }

        return text.ToString();
    }

    /// <summary>Writes pages 0 … count-1 under the folder.</summary>
    public static void Write(string folder, int count)
    {
        for (var n = 0; n < count; n++)
        {
            var path = Path.Combine(folder, RelativePath(n));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Page(n));
        }
    }
}
