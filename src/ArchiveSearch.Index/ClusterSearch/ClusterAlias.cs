using System.Text;
using System.Text.Json;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace ArchiveSearch.Index.ClusterSearch;

/// <summary>
/// The alias searches and writes go to (<see cref="ClusterSettings.Index"/>), moved to a rebuilt index in one
/// <c>_aliases</c> request: the <c>remove</c> from every index holding it and the <c>add</c> to the new one are applied
/// together, so every search finds the alias on exactly one index, the old or the new.
/// </summary>
public sealed class ClusterAlias(ClusterConnection connection)
{
    public string Name => connection.Settings.Index;

    /// <summary>The indices the alias names now, in order (none when it does not exist yet).</summary>
    public IReadOnlyList<string> Indices()
    {
        string answer;
        try
        {
            answer = connection.Send(HttpMethod.GET, $"/_alias/{Name}", null);
        }
        catch (ClusterRequestException e) when (e.Status == 404)
        {
            return [];
        }

        using var document = JsonDocument.Parse(answer);
        return document.RootElement.EnumerateObject().Select(index => index.Name).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Moves the alias to <paramref name="index"/>, which must exist (a missing one is refused before anything moves);
    /// gives the indices it left.
    /// </summary>
    public IReadOnlyList<string> MoveTo(string index)
    {
        if (string.Equals(index, Name, StringComparison.Ordinal))
            throw new ArgumentException($"The alias '{Name}' cannot be moved to an index of its own name.", nameof(index));
        try
        {
            connection.Send(HttpMethod.GET, $"/{index}/_settings", null);
        }
        catch (ClusterRequestException e) when (e.Status == 404)
        {
            throw new ClusterRequestException($"There is no index '{index}' in the cluster at {connection.Settings.Url}: load it before moving the alias '{Name}' to it.", e, 404);
        }

        var from = Indices().Where(held => !string.Equals(held, index, StringComparison.Ordinal)).ToList();
        connection.Send(HttpMethod.POST, "/_aliases", MoveBody(Name, from, index));
        return from;
    }

    /// <summary>The body of the <c>_aliases</c> request: a <c>remove</c> per index left, then the <c>add</c>.</summary>
    public static string MoveBody(string alias, IReadOnlyList<string> from, string to)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, ClusterExport.ClusterTemplate.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartArray("actions");
            foreach (var index in from)
                Action(json, "remove", index, alias);
            Action(json, "add", to, alias);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Action(Utf8JsonWriter json, string action, string index, string alias)
    {
        json.WriteStartObject();
        json.WriteStartObject(action);
        json.WriteString("index", index);
        json.WriteString("alias", alias);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
