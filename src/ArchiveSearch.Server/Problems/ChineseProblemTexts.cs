using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ArchiveSearch.Server.Problems;

/// <summary>
/// The Chinese text of each problem code, from the table the browser pages read (<c>wwwroot/problem-texts.json</c>),
/// for the pages the server renders itself: a refused trend, a correction sent as a plain form.
/// </summary>
public sealed partial class ChineseProblemTexts(IWebHostEnvironment environment)
{
    private readonly Lazy<IReadOnlyDictionary<string, string>> table = new(() => Read(environment));

    /// <summary>The code's text with its values filled in; null when the table lacks the code or the text names a value not given.</summary>
    public string? Say(ProblemCode code, IEnumerable<(string Name, object? Value)> values)
    {
        if (!table.Value.TryGetValue(code.Code, out var template))
            return null;
        var given = values.Where(v => v.Value is not null).ToDictionary(v => v.Name, v => Convert.ToString(v.Value, CultureInfo.InvariantCulture));
        var complete = true;
        var text = Placeholder().Replace(template, match =>
        {
            if (given.TryGetValue(match.Groups[1].Value, out var value) && value is not null)
                return value;
            complete = false;
            return "";
        });
        return complete ? text : null;
    }

    private static IReadOnlyDictionary<string, string> Read(IWebHostEnvironment environment)
    {
        var file = environment.WebRootFileProvider.GetFileInfo("problem-texts.json");
        if (!file.Exists)
            return new Dictionary<string, string>();
        using var stream = file.CreateReadStream();
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
