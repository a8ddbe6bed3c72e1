using System.Runtime.CompilerServices;
using ArchiveSearch.Index.Schema;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ArchiveSearch.Index.Search;

/// <summary>
/// The per-document values searches read for every hit (paper, kind, cut and author ordinals, day number, length prior)
/// read out of one segment's compressed doc values once into plain arrays, so counting or scoring a hit is a few array
/// reads. Segments never change, so the arrays are built once per segment, when a new searcher is warmed, and dropped
/// with the segment. About 19 bytes an article.
/// The values the ordinals stand for are read out too, once per segment (<see cref="PaperNames"/> …), so a search
/// that counts facets turns ordinals into values by an array read, not a lookup in the compressed doc values
/// (which would also have to be its own thread's: they are not thread-safe).
/// </summary>
public sealed class SegmentValues
{
    private static readonly ConditionalWeakTable<object, SegmentValues> BySegment = new();

    /// <summary>A day number of 0 is an article without a date.</summary>
    public readonly int[] Days;
    public readonly int[] Papers;
    public readonly sbyte[] Kinds;

    /// <summary>The ordinal of each document's cut verdict (sure, unsure), -1 for a document without one.</summary>
    public readonly sbyte[] Cuts;

    /// <summary>Authors of document d: <see cref="AuthorOrds"/>[<see cref="AuthorStarts"/>[d] .. <see cref="AuthorStarts"/>[d + 1]].</summary>
    public readonly int[] AuthorStarts;
    public readonly int[] AuthorOrds;

    /// <summary>Each document's <see cref="LengthPrior"/> (0 for a document without one).</summary>
    public readonly int[] LengthPriors;

    /// <summary>The value of each ordinal of the segment's papers, kinds, cut verdicts and authors.</summary>
    public readonly string[] PaperNames;
    public readonly string[] KindNames;
    public readonly string[] CutNames;
    public readonly string[] AuthorNames;

    public static SegmentValues For(AtomicReader segment) =>
        BySegment.GetValue(segment.CoreCacheKey, _ => new SegmentValues(segment));

    private SegmentValues(AtomicReader segment)
    {
        var max = segment.MaxDoc;
        Days = new int[max];
        Papers = new int[max];
        Kinds = new sbyte[max];
        Cuts = new sbyte[max];
        LengthPriors = new int[max];
        AuthorStarts = new int[max + 1];
        // Doc values instances belong to the thread that asked for them: used here, while building, and not kept.
        var paperValues = segment.GetSortedDocValues(ArticleFields.Paper);
        var kindValues = segment.GetSortedDocValues(ArticleFields.Kind);
        var cutValues = segment.GetSortedDocValues(ArticleCut.VerdictField);
        var authorValues = segment.GetSortedSetDocValues(ArticleFields.Author);
        if (kindValues is { ValueCount: > sbyte.MaxValue })
            throw new InvalidOperationException($"More than {sbyte.MaxValue} kinds of item in one segment.");

        var priors = segment.GetNumericDocValues(ArticleFields.LengthPriorValue);
        var dates = segment.GetNumericDocValues(ArticleDocuments.DateNumber);
        var hasDate = dates is null ? null : segment.GetDocsWithField(ArticleDocuments.DateNumber);
        var authors = new List<int>();
        for (var doc = 0; doc < max; doc++)
        {
            Days[doc] = dates is not null && hasDate!.Get(doc) ? (int)dates.Get(doc) : 0;
            LengthPriors[doc] = priors is null ? 0 : (int)priors.Get(doc);
            Papers[doc] = paperValues?.GetOrd(doc) ?? -1;
            Kinds[doc] = (sbyte)(kindValues?.GetOrd(doc) ?? -1);
            Cuts[doc] = (sbyte)(cutValues?.GetOrd(doc) ?? -1);
            AuthorStarts[doc] = authors.Count;
            if (authorValues is null)
                continue;
            authorValues.SetDocument(doc);
            for (var ord = authorValues.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = authorValues.NextOrd())
                authors.Add((int)ord);
        }

        AuthorStarts[max] = authors.Count;
        AuthorOrds = [.. authors];
        PaperNames = Names(paperValues is null ? 0 : paperValues.ValueCount, (ord, into) => paperValues!.LookupOrd(ord, into));
        KindNames = Names(kindValues is null ? 0 : kindValues.ValueCount, (ord, into) => kindValues!.LookupOrd(ord, into));
        CutNames = Names(cutValues is null ? 0 : cutValues.ValueCount, (ord, into) => cutValues!.LookupOrd(ord, into));
        AuthorNames = Names(authorValues is null ? 0 : (int)authorValues.ValueCount, (ord, into) => authorValues!.LookupOrd(ord, into));
    }

    private static string[] Names(int count, Action<int, BytesRef> lookUp)
    {
        var names = new string[count];
        var scratch = new BytesRef();
        for (var ord = 0; ord < count; ord++)
        {
            lookUp(ord, scratch);
            names[ord] = scratch.Utf8ToString();
        }

        return names;
    }
}
