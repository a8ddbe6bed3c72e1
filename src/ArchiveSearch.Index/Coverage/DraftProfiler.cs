using System.Globalization;
using ArchiveSearch.Analysis.Exact;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Coverage;

/// <summary>
/// Turns a draft into its distinctive content, weighted by how rare each piece is in the archive:
/// SmartCN words that are not news filler, and names as exact strings. Names are found two ways, both checked
/// against the exact character-gram fields: runs of single characters the dictionary could not make a word of
/// (覃守义, 鸭暖镇), and two- to six-character strings the draft repeats that few articles hold.
/// </summary>
public static class DraftProfiler
{
    /// <summary>Names weigh more than words of the same rarity: a shared name is rarely a coincidence.</summary>
    public const double NameBoost = 1.5;

    /// <summary>A repeated string is a name only when at most this share of the articles holds it.</summary>
    private const double RareStringShare = 0.02;

    private const int MaxNameCandidates = 24;

    /// <summary>Most postings of the names' rarest characters walked to count a draft's names, whatever the archive's size.</summary>
    public const int MaxNamePostings = 20_000;

    /// <summary>
    /// Most articles counted for one name candidate, whatever the archive's size: past this the count is
    /// extended from the part of the index it covered, so a candidate costs at most this many hits.
    /// </summary>
    private const int CountedHits = 1000;

    /// <summary>Longest name looked for, in characters: 凤台经开区, 鸭暖镇小屯村.</summary>
    private const int MaxNameLength = 6;

    public static DraftProfile Profile(IndexSearcher searcher, Analyzer words, string text) =>
        Profile(searcher, words, text, new WordPostings(searcher.IndexReader));

    /// <summary>
    /// The draft's profile, its words' frequencies looked up through <paramref name="postings"/> (which keeps them for
    /// later), its names counted within <paramref name="maxNamePostings"/> postings of their rarest characters.
    /// </summary>
    public static DraftProfile Profile(IndexSearcher searcher, Analyzer words, string text, WordPostings postings, int maxNamePostings = MaxNamePostings)
    {
        var articles = CountArticles(searcher);
        var tokens = Tokens(words, text);
        var content = tokens.Select(t => t.Text).Where(IsContentWord).Distinct(StringComparer.Ordinal).ToList();
        postings.LookUp(content);
        var units = new Dictionary<string, ContentUnit>(StringComparer.Ordinal);
        foreach (var word in content)
        {
            var df = postings.DocFreq(word);
            units[word] = new ContentUnit(word, IsName: false, df, Idf(df, articles));
        }

        SearchStages.Lap(CoverageStages.DraftWords);

        var rareLimit = Math.Max(2, (int)(articles * RareStringShare));
        var holders = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        var budget = maxNamePostings;
        var characterDocFreqs = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, lead) in NameCandidates(text, tokens, units).Take(MaxNameCandidates).Select(n => (n, LeadDocFreq(searcher, n, characterDocFreqs))).OrderBy(n => n.Item2))
        {
            // Counting a name walks the postings of its rarest character: names with a rare character first, and none
            // once the walk would pass the budget (a string of common characters only is the costliest and the least
            // likely to be a name). A character no document holds settles the count at none without a walk.
            if (lead == 0 || lead > budget)
                continue;
            budget -= lead;
            // Only strings that a few articles hold as written: a string no article holds is not evidence of
            // anything, and one many articles hold is not a name.
            var (df, counted) = ExactDocFreq(searcher, name, rareLimit);
            if (df >= 1 && df <= rareLimit)
            {
                units[name] = new ContentUnit(name, IsName: true, df, Idf(df, articles) * NameBoost);
                if (counted is not null)
                    holders[name] = counted;
            }
        }

        var profile = new DraftProfile(Deduplicate(units.Values)) { NameHolders = holders };
        SearchStages.Lap(CoverageStages.DraftNames);
        return profile;
    }

    /// <summary>How rare a unit is (BM25's idf): high for what few articles hold, near zero for what most do.</summary>
    public static double Idf(int docFreq, int articles) => Math.Log(1 + (articles - docFreq + 0.5) / (docFreq + 0.5));

    /// <summary>A word counts as content when it is at least two characters, holds a letter, and is not filler.</summary>
    public static bool IsContentWord(string term) =>
        term.Length >= 2 && term.Any(char.IsLetter) && !NewsFiller.IsFiller(term);

    /// <summary>
    /// Whether an article (its folded text) holds the unit, as a string: what counts as shared is exactly what the
    /// snippet marks, and no candidate needs analysing again.
    /// </summary>
    public static bool Holds(ContentUnit unit, string foldedText) =>
        foldedText.Contains(ExactTextFolding.Fold(unit.Text), StringComparison.Ordinal);

    private static IEnumerable<string> NameCandidates(string text, List<Token> tokens, Dictionary<string, ContentUnit> words)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);

        // Runs of single Chinese characters the dictionary left unjoined: unknown names (覃 守 义).
        for (var i = 0; i < tokens.Count;)
        {
            var j = i;
            while (j < tokens.Count && IsSingleHan(tokens[j]) && (j == i || tokens[j].Start == tokens[j - 1].End))
                j++;
            if (j - i is >= 2 and <= MaxNameLength)
            {
                var run = text[tokens[i].Start..tokens[j - 1].End];
                if (CouldBeName(run) && seen.Add(run))
                    yield return run;
            }

            i = Math.Max(j, i + 1);
        }

        // Strings of two to six Chinese characters that the draft repeats, each time as whole words
        // (青石 桥 街道 → 青石桥街道, not 县图书 out of 县 图书馆): a name the dictionary cuts into known pieces.
        var starts = tokens.Select(t => t.Start).ToHashSet();
        var ends = tokens.Select(t => t.End).ToHashSet();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var length = MaxNameLength; length >= 2; length--)
        {
            for (var i = 0; i + length <= text.Length; i++)
            {
                if (!starts.Contains(i) || !ends.Contains(i + length))
                    continue;
                var gram = text.Substring(i, length);
                if (gram.All(IsHan))
                    counts[gram] = counts.GetValueOrDefault(gram) + 1;
            }
        }

        foreach (var (gram, _) in counts.Where(c => c.Value >= 2).OrderByDescending(c => c.Key.Length).ThenByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal))
        {
            if (!words.ContainsKey(gram) && CouldBeName(gram) && seen.Add(gram))
                yield return gram;
        }
    }

    /// <summary>A string is no name when it is filler, holds a numeral or a particle (的, 了, 到 …), or begins with a measure word: then it is grammar or a quantity.</summary>
    private static bool CouldBeName(string text) =>
        !NewsFiller.IsFiller(text) && !text.Any(c => IsFunctionChar(c) || IsNumeral(c)) && !IsMeasureChar(text[0]);

    /// <summary>A measure word or ordinal suffix (第二届 → 届…) begins no name; it ends a quantity.</summary>
    private static bool IsMeasureChar(char c) => "届期批次个名位家座条项件种户人只辆台号".Contains(c);

    private static bool IsNumeral(char c) => "〇零一二三四五六七八九十百千万亿两几半".Contains(c) || char.IsDigit(c);

    /// <summary>Particles and function characters that make a repeated string a fragment of grammar, not a name.</summary>
    private static bool IsFunctionChar(char c) => c is '的' or '地' or '得' or '着' or '过' or '到' or '了' or '在' or '是' or '有' or '这' or '那' or '个' or '们' or '不' or '没' or '和' or '与' or '及' or '等' or '为' or '对' or '向' or '从' or '把' or '被' or '让' or '由' or '给' or '以' or '于' or '将' or '并' or '而' or '或' or '则' or '也' or '还' or '都' or '就' or '又' or '再' or '更' or '最' or '很' or '该' or '其' or '之';

    /// <summary>
    /// Drops a name that only repeats what a longer kept name or a word already says (鸭暖 inside 鸭暖镇; a word
    /// inside a name held by the same articles), so one name is not counted twice; orders the rest weightiest first.
    /// </summary>
    private static List<ContentUnit> Deduplicate(IEnumerable<ContentUnit> units)
    {
        var all = units.ToList();
        var kept = new List<ContentUnit>(all.Count);
        foreach (var unit in all.OrderByDescending(u => u.Text.Length))
        {
            var redundant = unit.IsName && kept.Any(k => k.IsName && k.Text.Length > unit.Text.Length && k.Text.Contains(unit.Text, StringComparison.Ordinal));
            var inName = !unit.IsName && kept.Any(k => k.IsName && k.Text.Contains(unit.Text, StringComparison.Ordinal) && k.DocFreq == unit.DocFreq);
            if (!redundant && !inName)
                kept.Add(unit);
        }

        return kept.OrderByDescending(u => u.Weight).ThenBy(u => u.Text, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// How many articles hold the string as written: counted up to one past <paramref name="cap"/> when the cap is
    /// within <see cref="CountedHits"/>; in a larger archive counted up to that many and extended to the whole
    /// index from the share of it passed. The articles themselves come with the count when it is complete (at most the cap).
    /// </summary>
    private static (int DocFreq, IReadOnlyList<int>? Articles) ExactDocFreq(IndexSearcher searcher, string text, int cap)
    {
        if (ExactQueries.Contains(ExactField.Text, text) is not { } any)
            return (0, null);
        var counter = new CappedHitCounter(Math.Min(cap, CountedHits));
        searcher.Search(new BooleanQuery { { any, Occur.MUST }, { ArticlesOnly, Occur.MUST } }, counter);
        var complete = counter.ReachedCap ? null : counter.Docs;
        return (cap <= CountedHits ? counter.Count : counter.Estimate(searcher.IndexReader.MaxDoc), complete);
    }

    /// <summary>
    /// How many documents hold the string's rarest character: what counting the string walks, and a bound on its count.
    /// The candidates overlap (青石桥街道, 青石桥, 街道 …), so each character is looked up in the segments once per draft.
    /// </summary>
    private static int LeadDocFreq(IndexSearcher searcher, string text, Dictionary<string, int> known) =>
        ExactGrams.ForQuery(text).Select(g => known.TryGetValue(g.Text, out var docFreq)
            ? docFreq
            : known[g.Text] = searcher.IndexReader.DocFreq(new Term(ExactField.Text.Name, g.Text))).DefaultIfEmpty(0).Min();

    private static Query ArticlesOnly => new TermQuery(new Term(ArticleFields.DocType, DocTypes.Article));

    private static int CountArticles(IndexSearcher searcher) => Math.Max(1, searcher.IndexReader.DocFreq(new Term(ArticleFields.DocType, DocTypes.Article)));

    private static bool IsSingleHan(Token token) => token.Text.Length == 1 && IsHan(token.Text[0]);

    private static bool IsHan(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter && c >= '\u3400';

    private static List<Token> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<Token>();
        using var stream = analyzer.GetTokenStream(ArticleFields.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return tokens;
    }

    private readonly record struct Token(string Text, int Start, int End);
}
