namespace ArchiveSearch.Index.Evaluation;

/// <summary>
/// The rows of an evaluation file: one a line, columns separated by tabs; empty lines and lines starting with
/// <c>#</c> are skipped. Each row keeps its line number, so a bad row is named by where it is in the file.
/// </summary>
public static class EvaluationRows
{
    public static IEnumerable<(int Line, string[] Columns)> Read(IEnumerable<string> lines)
    {
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            yield return (number, line.Split('\t'));
        }
    }
}
