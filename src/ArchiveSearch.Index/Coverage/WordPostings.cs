using ArchiveSearch.Index.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ArchiveSearch.Index.Coverage;

/// <summary>
/// The postings of a draft's words in the word fields of one reader, each word looked up once: the lookup gives the
/// word's document frequency (its weight) and keeps where its postings start, so that which candidates hold the word
/// is then read from the index (as SmartCN cut the article when it was indexed), not from the article's text analysed
/// again. One term enumerator per segment and field serves every word.
/// </summary>
public sealed class WordPostings
{
    /// <summary>The fields a word counts in when an article holds it: what coverage compares (headline, subtitle, body).</summary>
    private static readonly string[] HeldIn = [ArticleFields.Title, ArticleFields.Subtitle, ArticleFields.Body];

    /// <summary>The fields whose document frequency weighs a word (the larger of the two).</summary>
    private static readonly string[] WeighedIn = [ArticleFields.Title, ArticleFields.Body];

    private readonly IList<AtomicReaderContext> leaves;
    private readonly TermsEnum?[,] enums;
    private readonly DocsEnum?[,] reused;
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public WordPostings(IndexReader reader)
    {
        leaves = reader.Leaves;
        enums = new TermsEnum?[leaves.Count, HeldIn.Length];
        reused = new DocsEnum?[leaves.Count, HeldIn.Length];
        for (var leaf = 0; leaf < leaves.Count; leaf++)
        {
            for (var field = 0; field < HeldIn.Length; field++)
                enums[leaf, field] = leaves[leaf].AtomicReader.GetTerms(HeldIn[field])?.GetEnumerator();
        }
    }

    /// <summary>How many documents hold the word: the larger count of the headline and body fields.</summary>
    public int DocFreq(string word) => Lookup(word).DocFreq;

    /// <summary>
    /// Marks, for each of <paramref name="docs"/> (index-wide document numbers in ascending order), whether it holds
    /// the word in a compared field; the cost is that of skipping through the word's postings to those documents.
    /// </summary>
    public void MarkHolders(string word, IReadOnlyList<int> docs, bool[] holds)
    {
        var entry = Lookup(word);
        var next = 0;
        for (var leaf = 0; leaf < leaves.Count && next < docs.Count; leaf++)
        {
            var context = leaves[leaf];
            var end = context.DocBase + context.AtomicReader.MaxDoc;
            var first = next;
            while (next < docs.Count && docs[next] < end)
                next++;
            if (first == next)
                continue;
            for (var field = 0; field < HeldIn.Length; field++)
            {
                if (Postings(entry, leaf, field) is not { } postings)
                    continue;
                for (var i = first; i < next; i++)
                {
                    var local = docs[i] - context.DocBase;
                    var at = postings.DocID < local ? postings.Advance(local) : postings.DocID;
                    if (at == DocIdSetIterator.NO_MORE_DOCS)
                        break;
                    if (at == local)
                        holds[i] = true;
                }
            }
        }
    }

    /// <summary>Every document (index-wide number) that holds the word in a compared field, each once per field it is in.</summary>
    public IEnumerable<int> Holders(string word)
    {
        var entry = Lookup(word);
        for (var leaf = 0; leaf < leaves.Count; leaf++)
        {
            for (var field = 0; field < HeldIn.Length; field++)
            {
                if (Postings(entry, leaf, field) is not { } postings)
                    continue;
                int doc;
                while ((doc = postings.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                    yield return leaves[leaf].DocBase + doc;
            }
        }
    }

    /// <summary>How many postings <see cref="Holders"/> walks for the word: its document frequencies summed over the compared fields.</summary>
    public int Postings(string word) => Lookup(word).Postings;

    private DocsEnum? Postings(Entry entry, int leaf, int field)
    {
        if (entry.States[leaf, field] is not { } state || enums[leaf, field] is not { } terms)
            return null;
        // One postings reader per segment and field, reset for each word: a word's postings are read to the end (or
        // as far as needed) before the next word's.
        terms.SeekExact(entry.Bytes, state);
        return reused[leaf, field] = terms.Docs(leaves[leaf].AtomicReader.LiveDocs, reused[leaf, field], DocsFlags.NONE);
    }

    /// <summary>
    /// Looks the words up together, in the order of the term dictionary, so that each seek starts from the one before
    /// (a word looked up already is not looked up again).
    /// </summary>
    public void LookUp(IEnumerable<string> words)
    {
        var fresh = words.Where(w => !entries.ContainsKey(w)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var found = fresh.Select(w => new Entry(new BytesRef(w), new TermState?[leaves.Count, HeldIn.Length], new int[HeldIn.Length])).ToList();
        for (var leaf = 0; leaf < leaves.Count; leaf++)
        {
            for (var field = 0; field < HeldIn.Length; field++)
            {
                if (enums[leaf, field] is not { } terms)
                    continue;
                foreach (var entry in found)
                {
                    if (!terms.SeekExact(entry.Bytes))
                        continue;
                    entry.PerField[field] += terms.DocFreq;
                    entry.States[leaf, field] = terms.GetTermState();
                }
            }
        }

        for (var i = 0; i < fresh.Count; i++)
            entries[fresh[i]] = found[i];
    }

    private Entry Lookup(string word)
    {
        if (!entries.TryGetValue(word, out var entry))
        {
            LookUp([word]);
            entry = entries[word];
        }

        return entry;
    }

    private sealed record Entry(BytesRef Bytes, TermState?[,] States, int[] PerField)
    {
        /// <summary>The larger count of the weighing fields.</summary>
        public int DocFreq => WeighedIn.Max(f => PerField[Array.IndexOf(HeldIn, f)]);

        public int Postings => PerField.Sum();
    }
}
