namespace ArchiveSearch.Analysis.Exact;

/// <summary>
/// Turns text into what the exact-match fields index, and a typed string into what must match. Positions
/// count code points, with each run of white space counted as one position and marked by <see cref="Space"/>,
/// so a phrase of the sequence is a substring of the folded, space-collapsed text — no more and no fewer
/// matches than a plain substring scan.
/// <para>
/// One term per character with positions, not overlapping pairs: a phrase of characters is as exact as a
/// phrase of pairs, and the positions of characters take a third less room. The pairs are indexed beside them
/// without positions (<see cref="ExactPairs"/>), so a two-character string is one posting list
/// (docs/benchmarks.md has the figures of each choice).
/// </para>
/// </summary>
public static class ExactGrams
{
    /// <summary>The term standing for a run of white space between two characters.</summary>
    public const string Space = " ";

    /// <summary>Every character at its position, and <see cref="Space"/> where white space separates two characters.</summary>
    public static IEnumerable<ExactGram> ForIndex(string text)
    {
        var cursor = new Cursor(text);
        while (cursor.MoveNext())
            yield return new ExactGram(cursor.IsSpace ? Space : cursor.Folded.Substring(cursor.Start, cursor.Length), cursor.Position);
    }

    /// <summary>The sequence a typed string must match: its characters and white space at their relative positions.</summary>
    public static IReadOnlyList<ExactGram> ForQuery(string query) => ForIndex(query).ToList();

    internal static int UnitLength(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;

    /// <summary>Walks the sequence of a text without allocating: each character's span in the folded text, or a space marker, and its position.</summary>
    internal struct Cursor(string text)
    {
        private int next;
        private int position = -1;
        private bool pendingSpace;

        public string Folded { get; } = ExactTextFolding.Fold(text);

        public int Start { get; private set; }

        public int Length { get; private set; }

        public int Position { get; private set; }

        public bool IsSpace { get; private set; }

        public bool MoveNext()
        {
            var folded = Folded;
            if (pendingSpace)
            {
                // The character after a run of white space, announced by the space marker just returned.
                pendingSpace = false;
                return Character(next);
            }

            var i = next;
            var sawSpace = false;
            while (i < folded.Length && ExactTextFolding.IsSpace(folded[i]))
            {
                sawSpace = true;
                i++;
            }

            if (i >= folded.Length)
                return false;
            if (sawSpace && position >= 0)
            {
                // White space between two characters: one position, marked.
                IsSpace = true;
                Start = i;
                Length = 0;
                Position = ++position;
                next = i;
                pendingSpace = true;
                return true;
            }

            return Character(i);
        }

        private bool Character(int i)
        {
            IsSpace = false;
            Start = i;
            Length = UnitLength(Folded, i);
            Position = ++position;
            next = i + Length;
            return true;
        }
    }
}
