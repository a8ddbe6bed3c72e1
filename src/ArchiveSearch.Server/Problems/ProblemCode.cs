namespace ArchiveSearch.Server.Problems;

/// <summary>
/// One kind of error the API answers: its stable code (the <c>code</c> member of the problem details), the status it
/// is answered with, an English title, and the names of the values the answer carries beside the detail (as members
/// of the problem details, so a client can say the error in its own words without reading the English detail).
/// </summary>
public sealed record ProblemCode(string Code, int Status, string Title, params string[] Values)
{
    public override string ToString() => Code;
}
