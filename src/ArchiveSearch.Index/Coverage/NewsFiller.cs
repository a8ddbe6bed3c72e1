using System.Reflection;
using System.Text.RegularExpressions;

namespace ArchiveSearch.Index.Coverage;

/// <summary>
/// News filler: the words every report uses whatever its story (本报, 记者, 我市, 今年, 开展 …, listed in
/// <c>news-filler.txt</c>) and bare numbers and dates (2024, 6月, 十四日, 1.5%, 三百四十). Filler never counts
/// as content a draft shares with an article.
/// </summary>
public static partial class NewsFiller
{
    private static readonly HashSet<string> Words = Load();

    /// <summary>True when the term is filler: in the lexicon, or a bare number or date.</summary>
    public static bool IsFiller(string term) => Words.Contains(term) || IsNumberOrDate(term);

    /// <summary>Digits or Chinese numerals, optionally ordinal (第二届) or with a unit of time, a percent sign or a decimal point.</summary>
    public static bool IsNumberOrDate(string term) => NumberOrDate().IsMatch(term);

    [GeneratedRegex(@"^第?[0-9０-９〇零一二三四五六七八九十百千万亿两.,．，%％\-/:：]+(年|月|日|号|时|点|点钟|分|秒|周|天|岁|年代|世纪|多|余|成|届|批|期|次|名)?$")]
    private static partial Regex NumberOrDate();

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ArchiveSearch.Index.Coverage.news-filler.txt")
            ?? throw new InvalidOperationException("news-filler.txt is not embedded in ArchiveSearch.Index");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#');
            var content = hash >= 0 ? line[..hash] : line;
            foreach (var word in content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                words.Add(word);
        }

        return words;
    }
}
