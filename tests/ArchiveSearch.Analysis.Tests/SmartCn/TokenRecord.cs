using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchiveSearch.Analysis.Tests.SmartCn;

/// <summary>One token as the Java reference prints it: term, UTF-16 offsets, position increment, type.</summary>
internal sealed record TokenRecord(string Term, int Start, int End, int PositionIncrement, string Type = "word")
{
    public override string ToString() => $"{Term}\t{Start}\t{End}\t{PositionIncrement}\t{Type}";

    public static List<TokenRecord> Read(Analyzer analyzer, string text)
    {
        var result = new List<TokenRecord>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            result.Add(new TokenRecord(term.ToString(), offset.StartOffset, offset.EndOffset, position.PositionIncrement, type.Type));
        stream.End();
        return result;
    }

    /// <summary>Parses the reference's TSV output.</summary>
    public static List<TokenRecord> ParseTsv(string tsv)
    {
        var result = new List<TokenRecord>();
        foreach (var line in tsv.Split('\n'))
        {
            if (line.Length == 0) continue;
            var f = line.Split('\t');
            result.Add(new TokenRecord(f[0], Int(f[1]), Int(f[2]), Int(f[3]), f[4]));
        }

        return result;
    }

    /// <summary>The term as Java's UTF-8 output shows it: each lone surrogate becomes '?'.</summary>
    public TokenRecord AsPrinted()
    {
        var chars = Term.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '?';
        }

        return this with { Term = new string(chars) };
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
}
