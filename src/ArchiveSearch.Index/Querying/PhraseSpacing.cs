using System.Text.RegularExpressions;

namespace ArchiveSearch.Index.Querying;

/// <summary>
/// A space typed between two Chinese characters inside quotes ("基础设施 建设") is the reader's own word break, not
/// text: Chinese is printed without spaces. Such a phrase matches the characters joined (基础设施建设) as well as
/// written (a line break of the page between them is white space too).
/// </summary>
public static partial class PhraseSpacing
{
    /// <summary>The phrase with white space between two Han characters removed; the same string when there is none.</summary>
    public static string Joined(string phrase) => SpaceBetweenHan().Replace(phrase, "");

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})\s+(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex SpaceBetweenHan();
}
