using Lucene.Net.Analysis;

namespace ArchiveSearch.Analysis.Folding;

/// <summary>
/// Folds traditional characters to simplified ones before a tokenizer reads them (<see cref="ScriptFolding.FoldTraditional"/>).
/// One unit in, one unit out, so offsets need no correction and highlights mark the text as printed.
/// </summary>
public sealed class ScriptFoldingCharFilter(TextReader input) : CharFilter(input)
{
    public override int Read(char[] buffer, int index, int count)
    {
        var read = m_input.Read(buffer, index, count);
        for (var i = index; i < index + read; i++)
            buffer[i] = ScriptFolding.FoldTraditional(buffer[i]);
        return read;
    }

    public override int Read()
    {
        var c = m_input.Read();
        return c < 0 ? c : ScriptFolding.FoldTraditional((char)c);
    }

    protected override int Correct(int currentOff) => currentOff;
}
