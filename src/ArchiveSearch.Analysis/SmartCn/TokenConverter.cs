namespace ArchiveSearch.Analysis.SmartCn;

/// <summary>Turns a path candidate into its term text, the way the reference normalizes each kind.</summary>
public static class TokenConverter
{
    /// <summary>Every delimiter becomes this term, which is a stop word: punctuation leaves only a position gap.</summary>
    public const char CommonDelimiter = ',';

    /// <summary>Writes the term of <paramref name="candidate"/> into <paramref name="term"/> and returns its length.</summary>
    public static int Convert(in Candidate candidate, ReadOnlySpan<char> key, ReadOnlySpan<char> sentence, Span<char> term)
    {
        switch (candidate.Kind)
        {
            case CandidateKind.ChineseWord:
                // The dictionary word: spaces inside the span are not part of the term.
                key.CopyTo(term);
                return key.Length;
            case CandidateKind.Delimiter:
                term[0] = CommonDelimiter;
                return 1;
            case CandidateKind.FullWidthString:
            case CandidateKind.FullWidthNumber:
            {
                var length = candidate.End - candidate.Start;
                for (var k = 0; k < length; k++)
                {
                    var c = sentence[candidate.Start + k];
                    if (c >= '\uFF10') c = (char)(c - 0xFEE0);
                    term[k] = ToLowerAscii(c);
                }

                return length;
            }
            case CandidateKind.String:
            {
                var length = candidate.End - candidate.Start;
                for (var k = 0; k < length; k++) term[k] = ToLowerAscii(sentence[candidate.Start + k]);
                return length;
            }
            default: // half-width digits are kept as written
                sentence.Slice(candidate.Start, candidate.End - candidate.Start).CopyTo(term);
                return candidate.End - candidate.Start;
        }
    }

    private static char ToLowerAscii(char c) => c is >= 'A' and <= 'Z' ? (char)(c + 0x20) : c;
}
