using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchiveSearch.Analysis.Exact;

/// <summary>
/// Turns the exact-match units of one value into its adjacent pairs (<see cref="ExactPairs.Term"/>): one pair for
/// each unit after the first. A new value starts afresh, so no pair spans two values of a field.
/// </summary>
internal sealed class ExactPairFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private char[] previous = new char[4];
    private int previousLength = -1;

    public ExactPairFilter(TokenStream input) : base(input) => term = AddAttribute<ICharTermAttribute>();

    public override void Reset()
    {
        base.Reset();
        previousLength = -1;
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            var length = term.Length;
            if (previousLength < 0)
            {
                Remember(term.Buffer, length);
                continue;
            }

            // The pair is the previous unit then this one; this one becomes the previous of the next pair.
            var pairLength = previousLength + length;
            var buffer = term.ResizeBuffer(pairLength);
            Array.Copy(buffer, 0, buffer, previousLength, length);
            Array.Copy(previous, 0, buffer, 0, previousLength);
            term.Length = pairLength;
            Remember(buffer.AsSpan(previousLength, length));
            return true;
        }

        return false;
    }

    private void Remember(char[] buffer, int length) => Remember(buffer.AsSpan(0, length));

    private void Remember(ReadOnlySpan<char> unit)
    {
        if (previous.Length < unit.Length)
            previous = new char[unit.Length];
        unit.CopyTo(previous);
        previousLength = unit.Length;
    }
}
