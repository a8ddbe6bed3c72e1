namespace ArchiveSearch.Analysis.SmartCn;

/// <summary>The two parallel tables of <c>bigramdict.mem</c> as stored: pair hashes (0 = empty slot) and their frequencies.</summary>
public sealed record BigramDictionaryTables(long[] Hashes, int[] Frequencies);
