using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchiveSearch.Cli;

/// <summary>One token as an analyzer emits it: term, character offsets, position increment.</summary>
internal sealed record AnalyzedToken(string Term, int Start, int End, int PositionIncrement)
{
    public static List<AnalyzedToken> ReadAll(Analyzer analyzer, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset, position.PositionIncrement));
        stream.End();
        return tokens;
    }
}
