namespace ArchiveSearch.Testing;

/// <summary>
/// Pages made for tests at any number: each carries one code of three characters found on no other page
/// (its headline and body), so a search for the code must find exactly that page.
/// </summary>
public static class CodedPages
{
    // Characters absent from the filler text, so a code can only match where it was written.
    private const string CodeAlphabet = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉";

    /// <summary>A phrase every generated page carries once, in its body.</summary>
    public const string SharedPhrase = "旧报纸整理的进度";

    public sealed record Page(string RelativePath, string Code);

    public static string Code(int number)
    {
        var n = CodeAlphabet.Length;
        return new string([CodeAlphabet[number / (n * n) % n], CodeAlphabet[number / n % n], CodeAlphabet[number % n]]);
    }

    public static string Text(int number) => $"""
        档案编目工作会议召开{Code(number)}

        本报讯 记者林海报道 本市档案馆近日召开编目工作会议，会议代号为“{Code(number)}”，与会人员讨论了旧报纸整理的进度。

        会议要求各部门按时完成登记，做好保管和查阅服务。

        """;

    /// <summary>Writes pages <paramref name="first"/>..first+count-1 under <paramref name="inbox"/>, a hundred to a folder.</summary>
    public static List<Page> Write(string inbox, int count, int first = 0)
    {
        var pages = new List<Page>(count);
        for (var number = first; number < first + count; number++)
        {
            var relative = $"gen{number / 100:D3}/page{number:D5}.txt";
            var full = Path.Combine(inbox, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, Text(number));
            pages.Add(new Page(relative, Code(number)));
        }

        return pages;
    }
}
