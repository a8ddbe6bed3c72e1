using ArchiveSearch.Analysis.Exact;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Testing;
using Lucene.Net.Search;
using Xunit.Abstractions;

namespace ArchiveSearch.Index.Tests.Search;

/// <summary>
/// The pair fields change how a string is found, never what: over the sample pages and their traditional versions
/// indexed together, strings of two to six units drawn from what each exact field holds — across punctuation, across
/// paragraph breaks, in either script, and units of different places joined — find through
/// <see cref="ExactQueries.Contains"/> (one pair term for two units) exactly the documents the positional phrase alone
/// (<see cref="ExactQueries.Phrase"/>) finds.
/// </summary>
public sealed class PairRecallTests(ITestOutputHelper output)
{
    private const string Punctuation = "，。、；：？！“”‘’《》（）—…·,.;:!?()";

    [Fact]
    public void Strings_of_two_to_six_units_find_exactly_what_their_positional_phrase_finds()
    {
        var inbox = Directory.CreateTempSubdirectory("archivesearch-pairs-");
        try
        {
            PagesInBothScripts.CopyInto(inbox.FullName);

            using var archive = new IndexedArchive(inbox.FullName);
            var documents = archive.Workspace.Contents.AllArticles().Concat(archive.Workspace.Contents.AllPageLines()).ToList();
            var random = new Random(20261204);
            var differences = new List<string>();
            var (checkedStrings, acrossBreaks, acrossPunctuation, notFound) = (0, 0, 0, 0);
            foreach (var field in ExactField.All)
            {
                var drawn = Draw(documents, field, random).ToList();
                foreach (var (id, text) in drawn.Concat(Joins(drawn, random)))
                {
                    var (byPairs, byPhrase, byFolded) = archive.Workspace.Index.Read(searcher => (
                        Ids(searcher, ExactQueries.Contains(field, text)),
                        Ids(searcher, ExactQueries.Phrase(field, text)),
                        Ids(searcher, ExactQueries.Contains(field, ExactTextFolding.Fold(text)))));
                    checkedStrings++;
                    acrossBreaks += text.Contains('\n') ? 1 : 0;
                    acrossPunctuation += text.Any(c => Punctuation.Contains(c)) ? 1 : 0;
                    notFound += byPhrase.Count == 0 ? 1 : 0;
                    // A drawn string stands in its own document: the phrase finds it there, so the comparison is not of two empty sets.
                    if (!byPairs.SetEquals(byPhrase) || !byFolded.SetEquals(byPhrase) || (id is not null && !byPhrase.Contains(id)))
                        differences.Add($"{field.Name} \"{text}\" (from {id ?? "a join"}): {byPairs.Count} by pairs, {byPhrase.Count} by phrase, {byFolded.Count} folded");
                }
            }

            output.WriteLine($"{checkedStrings} strings over {documents.Count} documents: {acrossBreaks} across a paragraph break, {acrossPunctuation} with punctuation, {notFound} found nowhere; {differences.Count} differences");
            Assert.True(differences.Count == 0, string.Join("\n", differences.Take(20)));
            Assert.True(acrossBreaks >= 20, $"only {acrossBreaks} strings across a paragraph break");
            Assert.True(acrossPunctuation >= 50, $"only {acrossPunctuation} strings with punctuation");
            Assert.True(notFound >= 10, $"only {notFound} strings found nowhere: the joins should give absent strings too");
        }
        finally
        {
            inbox.Delete(recursive: true);
        }
    }

    private static HashSet<string> Ids(IndexSearcher searcher, Query? query)
    {
        var top = searcher.Search(query!, Math.Max(1, searcher.IndexReader.MaxDoc));
        return top.ScoreDocs.Select(hit => searcher.Doc(hit.Doc).Get(ArticleFields.Id)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Strings of two to six units (characters, a run of white space counting as one) from the values the field holds in
    /// each document, at random places and where a paragraph breaks or punctuation stands, as the page has them.
    /// </summary>
    private static IEnumerable<(string? Id, string Text)> Draw(IReadOnlyList<StoredArticle> documents, ExactField field, Random random)
    {
        foreach (var document in documents)
        {
            foreach (var value in ValuesOf(document, field).Where(v => ExactGrams.ForQuery(v).Count >= 2))
            {
                var starts = new List<int> { random.Next(value.Length), random.Next(value.Length) };
                for (var i = 0; i < value.Length; i++)
                {
                    // Some strings open a little before a break or a mark, so they run across it.
                    if ((value[i] == '\n' || Punctuation.Contains(value[i])) && random.Next(4) == 0)
                        starts.Add(Math.Max(0, i - random.Next(1, 4)));
                }

                foreach (var start in starts)
                {
                    if (Substring(value, start, random.Next(2, 7)) is { } text)
                        yield return (document.Id, text);
                }
            }
        }
    }

    /// <summary>The shortest stretch from <paramref name="start"/> that holds <paramref name="units"/> units; null when the value ends first.</summary>
    private static string? Substring(string value, int start, int units)
    {
        for (var end = start + 1; end <= value.Length; end++)
        {
            var text = value[start..end];
            var count = ExactGrams.ForQuery(text).Count;
            if (count == units && !char.IsWhiteSpace(text[^1]))
                return text;
            if (count > units)
                return null;
        }

        return null;
    }

    /// <summary>
    /// Units of different places joined: the first unit of one drawn pair and the second of another (a pair mostly
    /// absent from the archive, though both characters are there), and two whole pairs one after the other.
    /// </summary>
    private static IEnumerable<(string? Id, string Text)> Joins(IReadOnlyList<(string? Id, string Text)> drawn, Random random)
    {
        var pairs = drawn.Select(d => ExactGrams.ForQuery(d.Text)).Where(units => units.Count == 2 && units.All(u => u.Text != ExactGrams.Space)).ToList();
        for (var i = 0; i < Math.Min(100, pairs.Count); i++)
        {
            var first = pairs[random.Next(pairs.Count)];
            var second = pairs[random.Next(pairs.Count)];
            yield return (null, first[0].Text + second[1].Text);
            yield return (null, first[0].Text + first[1].Text + second[0].Text + second[1].Text);
        }
    }

    /// <summary>The values the field is given for a document, as <see cref="ArticleDocuments"/> and <see cref="PageLinesDocuments"/> give them.</summary>
    private static IEnumerable<string> ValuesOf(StoredArticle document, ExactField field)
    {
        if (document.Kind == PageLinesDocuments.HitKind)
            return field == ExactField.Text ? [document.Body] : [];
        var headline = (DerivedTitles.IsDerived(document.Title, document.Body) ? "" : document.Title) + document.Subtitle;
        string[] values = field == ExactField.Text ? [headline, document.Byline ?? "", document.Body]
            : field == ExactField.Headline ? [headline]
            : [.. document.Authors.Select(a => a.Name), document.Byline ?? ""];
        return values.Where(v => v.Length > 0);
    }
}
