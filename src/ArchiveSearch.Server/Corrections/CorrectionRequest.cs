namespace ArchiveSearch.Server.Corrections;

/// <summary>
/// A correction as a form or a script asks for it, naming items by their ordinal on the page and paragraphs by their
/// hash (as the page view shows them). <see cref="Target"/> 0 or absent: out of all items.
/// </summary>
public sealed record CorrectionRequest
{
    public string Kind { get; init; } = "";
    public int? Item { get; init; }
    public string? Paragraph { get; init; }
    public int? Target { get; init; }
    public string? Credit { get; init; }
    public string? Title { get; init; }
    public string? Subtitle { get; init; }
    public string? Byline { get; init; }
    public string? Authors { get; init; }
    public string? Paper { get; init; }
    public string? Date { get; init; }
    public string? Page { get; init; }
    public string? Why { get; init; }

    public static CorrectionRequest FromForm(IFormCollection form) => new()
    {
        Kind = form["kind"].ToString(),
        Item = int.TryParse(form["item"], out var item) ? item : null,
        Paragraph = Value(form, "paragraph"),
        Target = int.TryParse(form["target"], out var target) ? target : null,
        Credit = Value(form, "credit"),
        Title = form.ContainsKey("title") ? form["title"].ToString() : null,
        Subtitle = form.ContainsKey("subtitle") ? form["subtitle"].ToString() : null,
        Byline = form.ContainsKey("byline") ? form["byline"].ToString() : null,
        Authors = form.ContainsKey("authors") ? form["authors"].ToString() : null,
        Paper = Value(form, "paper"),
        Date = Value(form, "date"),
        Page = Value(form, "page"),
        Why = Value(form, "why"),
    };

    private static string? Value(IFormCollection form, string name) => form[name].ToString() is { Length: > 0 } value ? value : null;
}
