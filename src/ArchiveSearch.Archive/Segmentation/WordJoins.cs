using ArchiveSearch.Analysis.SmartCn;

namespace ArchiveSearch.Archive.Segmentation;

/// <summary>
/// Judges, with the SmartCN dictionaries, whether the characters across a join form a word (稳步|推进 → 稳步推进)
/// or a pair of words the bigram dictionary has seen together (积极|参与).
/// </summary>
public sealed class WordJoins(SmartCnDictionary dictionary)
{
    /// <summary>The longest word looked for on either side of a join.</summary>
    private const int MaxWordLength = 6;

    /// <summary>A word that spans the join outweighs any pair of words.</summary>
    private const double SpanningWordScore = 100;

    /// <summary>Judged with the process-wide SmartCN dictionaries (a failure to load them is not remembered).</summary>
    public static WordJoins Shared => new(SmartCnDictionary.GetShared());

    public JoinEvidence Judge(string left, string right)
    {
        if (left.Length == 0 || right.Length == 0)
            return JoinEvidence.None;
        if (SpanningWord(left, right) is { } word)
            return new JoinEvidence(SpanningWordScore + word.Length, word);
        var (leftWord, rightWord) = (LastWord(left), FirstWord(right));
        if (leftWord is null || rightWord is null)
            return JoinEvidence.None;
        var pairs = dictionary.Bigrams.Frequency(leftWord, rightWord);
        return pairs > 0 ? new JoinEvidence(1 + Math.Log(pairs), leftWord + "|" + rightWord) : JoinEvidence.None;
    }

    /// <summary>
    /// The longest dictionary word that starts in <paramref name="left"/> and ends in <paramref name="right"/>,
    /// provided it does not cut the word that <paramref name="right"/> opens with (党|建平县 is no 党建).
    /// </summary>
    private string? SpanningWord(string left, string right)
    {
        var opening = FirstWord(right)?.Length ?? 0;
        string? longest = null;
        for (var fromLeft = Math.Min(MaxWordLength - 1, left.Length); fromLeft >= 1; fromLeft--)
        {
            var joined = left[^fromLeft..] + right[..Math.Min(right.Length, MaxWordLength - fromLeft)];
            var node = dictionary.Words.TrieRoot(joined[0]);
            for (var k = 1; k < joined.Length && node >= 0; k++)
            {
                node = dictionary.Words.TrieChild(node, joined[k]);
                if (node >= 0 && k >= fromLeft && k + 1 - fromLeft >= opening && dictionary.Words.TrieFrequency(node) >= 0 && (longest is null || k + 1 > longest.Length))
                    longest = joined[..(k + 1)];
            }
        }

        return longest;
    }

    /// <summary>The longest dictionary word of two or more characters that <paramref name="text"/> ends with.</summary>
    private string? LastWord(string text)
    {
        for (var length = Math.Min(MaxWordLength, text.Length); length >= 2; length--)
        {
            if (IsWord(text.AsSpan(text.Length - length)))
                return text[^length..];
        }

        return null;
    }

    /// <summary>The longest dictionary word of two or more characters that <paramref name="text"/> starts with.</summary>
    private string? FirstWord(string text)
    {
        for (var length = Math.Min(MaxWordLength, text.Length); length >= 2; length--)
        {
            if (IsWord(text.AsSpan(0, length)))
                return text[..length];
        }

        return null;
    }

    private bool IsWord(ReadOnlySpan<char> text)
    {
        var node = dictionary.Words.TrieRoot(text[0]);
        for (var k = 1; k < text.Length && node >= 0; k++)
            node = dictionary.Words.TrieChild(node, text[k]);
        return node >= 0 && dictionary.Words.TrieFrequency(node) >= 0;
    }
}
