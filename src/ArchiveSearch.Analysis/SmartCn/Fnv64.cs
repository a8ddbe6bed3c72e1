namespace ArchiveSearch.Analysis.SmartCn;

/// <summary>
/// 64-bit FNV-1 as the bigram dictionary keys it: each UTF-16 unit fed as two bytes, low byte first.
/// Running state, so the hash of <c>left + "@"</c> is computed once and extended per right-hand word.
/// </summary>
public static class Fnv64
{
    public const ulong Offset = 0xCBF29CE484222325UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Append(ulong state, char c)
    {
        state = (state ^ (byte)c) * Prime;
        return (state ^ (uint)(c >> 8)) * Prime;
    }

    public static ulong Append(ulong state, ReadOnlySpan<char> text)
    {
        foreach (var c in text) state = Append(state, c);
        return state;
    }
}
