using System.Globalization;
using System.Text;

namespace ArchiveSearch.Analysis.SmartCn;

/// <summary>
/// Sentence boundaries as the JDK's default (Locale.ROOT) sentence BreakIterator finds them. These are not the
/// Unicode UAX #29 rules: a line break alone does not end a sentence, which changes segmentation wherever a
/// paragraph is hard-wrapped, so ICU-based splitters cannot be used.
/// </summary>
public static class SentenceSplitter
{
    private const char ParagraphSeparator = '\u2029';

    /// <summary>End (exclusive) of the sentence that starts at <paramref name="start"/>; at most <c>text.Length</c>.</summary>
    public static int NextBoundary(ReadOnlySpan<char> text, int start)
    {
        var n = text.Length;
        var i = start;
        while (i < n)
        {
            var c = text[i];
            if (c == ParagraphSeparator) return i + 1;
            if (IsTerminator(c))
            {
                var j = Skip(text, i + 1, static (t, k) => IsTerminator(t[k]) || IsPeriod(t[k]) || IsCloser(t, k));
                j = Skip(text, j, IsSpace);
                if (j < n && text[j] == ParagraphSeparator) j++;
                return j;
            }

            if (IsPeriod(c))
            {
                var j = Skip(text, i + 1, static (t, k) => IsPeriod(t[k]) || IsCloser(t, k));
                var k = Skip(text, j, IsSpace);
                // "U.S. president" stays together; "end. Next" splits after the spaces.
                if (k > j && k < n && IsLetter(text, k) && !IsLowercase(text, k)) return k;
                // "end.(Next": opening punctuation or symbols, then a letter.
                var m = Skip(text, k, IsLeadIn);
                if (m > k && m < n && IsLetter(text, m)) return k;
                i = j;
                continue;
            }

            i++;
        }

        return n;
    }

    // Skips a run of units matching the predicate; ignorable marks and format characters are transparent in every run.
    private static int Skip(ReadOnlySpan<char> text, int at, Func<ReadOnlySpan<char>, int, bool> predicate)
    {
        while (at < text.Length && (predicate(text, at) || IsIgnorable(text, at))) at++;
        return at;
    }

    private static bool IsTerminator(char c) => c is '!' or '?' or '\u3002' or '\uFF01' or '\uFF1F';

    private static bool IsPeriod(char c) => c is '.' or '\uFF0E';

    private static bool IsCloser(ReadOnlySpan<char> t, int k)
    {
        var c = t[k];
        if (c is '"' or '\'') return true;
        var cat = Category(t, k);
        return cat is UnicodeCategory.ClosePunctuation or UnicodeCategory.FinalQuotePunctuation;
    }

    private static bool IsSpace(ReadOnlySpan<char> t, int k)
    {
        var c = t[k];
        return c is '\t' or '\r' or '\n' or '\f' or '\u2028' || Category(t, k) == UnicodeCategory.SpaceSeparator;
    }

    private static bool IsLeadIn(ReadOnlySpan<char> t, int k)
    {
        var c = t[k];
        if (c is '"' or '\'') return true;
        var cat = Category(t, k);
        if (cat is UnicodeCategory.OpenPunctuation or UnicodeCategory.InitialQuotePunctuation) return true;
        return !IsLetter(t, k) && !IsDigit(cat) && !IsSpace(t, k) && !IsTerminator(c) && !IsPeriod(c);
    }

    private static bool IsIgnorable(ReadOnlySpan<char> t, int k) =>
        Category(t, k) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format;

    private static bool IsLetter(ReadOnlySpan<char> t, int k) => Category(t, k) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        _ => false,
    };

    private static bool IsLowercase(ReadOnlySpan<char> t, int k) => Category(t, k) == UnicodeCategory.LowercaseLetter;

    private static bool IsDigit(UnicodeCategory cat) =>
        cat is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    // Category of the code point at k, so that supplementary letters count as letters.
    private static UnicodeCategory Category(ReadOnlySpan<char> t, int k)
    {
        var c = t[k];
        if (c < 0x80) return CharUnicodeInfo.GetUnicodeCategory(c);
        return Rune.DecodeFromUtf16(t[k..], out var rune, out _) == System.Buffers.OperationStatus.Done
            ? Rune.GetUnicodeCategory(rune)
            : UnicodeCategory.Surrogate;
    }
}
