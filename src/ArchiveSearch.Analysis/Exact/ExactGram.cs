namespace ArchiveSearch.Analysis.Exact;

/// <summary>
/// One unit of the exact-match field: a single character (one code point) or a pair of adjacent ones,
/// at the position of its first character.
/// </summary>
public readonly record struct ExactGram(string Text, int Position);

/// <summary>
/// Turns text into the grams that the exact-match field indexes, and a query string into the grams
/// that must stand at the same relative positions. Positions count code points, with each run of
/// white space counted as one, so a phrase of grams at consecutive positions is a substring of the
/// folded, space-collapsed text — no more and no fewer matches than a plain substring scan.
/// </summary>
public static class ExactGrams
{
    /// <summary>Every unigram and every bigram of adjacent non-space code points in the text.</summary>
    public static IEnumerable<ExactGram> ForIndex(string text)
    {
        foreach (var (unit, position, next) in Units(text))
        {
            yield return new ExactGram(unit, position);
            if (next is not null)
                yield return new ExactGram(unit + next, position);
        }
    }

    /// <summary>
    /// The smallest set of grams that pins the query string down: the bigrams of each run of
    /// non-space characters, or the single character for a run of one.
    /// </summary>
    public static IReadOnlyList<ExactGram> ForQuery(string query)
    {
        var grams = new List<ExactGram>();
        string? previous = null;
        var previousPosition = -2;
        var previousHadBigram = false;
        foreach (var (unit, position, next) in Units(query))
        {
            if (next is not null)
            {
                grams.Add(new ExactGram(unit + next, position));
                previousHadBigram = true;
            }
            else if (previous is null || previousPosition != position - 1 || !previousHadBigram)
            {
                // A character standing alone (its run has length one) needs its own unigram.
                grams.Add(new ExactGram(unit, position));
                previousHadBigram = false;
            }
            else
            {
                previousHadBigram = false;
            }

            previous = unit;
            previousPosition = position;
        }

        return grams;
    }

    /// <summary>The folded code points of the text with their positions and the code point that follows without a space.</summary>
    private static IEnumerable<(string Unit, int Position, string? Next)> Units(string text)
    {
        var folded = ExactTextFolding.Fold(text);
        var position = 0;
        var inSpace = false;
        string? pending = null;
        var pendingPosition = 0;
        for (var i = 0; i < folded.Length;)
        {
            var length = char.IsHighSurrogate(folded[i]) && i + 1 < folded.Length && char.IsLowSurrogate(folded[i + 1]) ? 2 : 1;
            if (ExactTextFolding.IsSpace(folded[i]))
            {
                if (pending is not null)
                {
                    yield return (pending, pendingPosition, null);
                    pending = null;
                }

                if (!inSpace && position > 0)
                    position++;
                inSpace = true;
                i += length;
                continue;
            }

            var unit = folded.Substring(i, length);
            if (pending is not null)
                yield return (pending, pendingPosition, unit);
            pending = unit;
            pendingPosition = position;
            position++;
            inSpace = false;
            i += length;
        }

        if (pending is not null)
            yield return (pending, pendingPosition, null);
    }
}
