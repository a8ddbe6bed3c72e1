using System.Text;
using System.Text.Json;
using ArchiveSearch.Index.ClusterSearch;

namespace ArchiveSearch.Index.ClusterIngest;

/// <summary>
/// Writes to the cluster sent again while the reason they failed is transient (no answer, 429, 5xx), with the waits of
/// <see cref="ClusterRetry"/>. A bulk request is read item by item: the items the cluster took are done, those it
/// refused for a transient reason are sent again alone, and an item refused for any other reason (a document its
/// mapping rejects) fails the write at once, as does a request refused for one.
/// </summary>
public sealed class RetriedWrites(ClusterConnection connection, Action<TimeSpan>? wait = null)
{
    private readonly ClusterRetry retry = connection.Settings.Retry;
    private readonly Action<TimeSpan> wait = wait ?? Thread.Sleep;

    /// <summary>Sends bulk lines until the cluster took every item; a <see cref="ClusterRequestException"/> when it did not.</summary>
    /// <param name="again">Whether to send again at all (false: one attempt).</param>
    public void Bulk(string lines, bool again = true)
    {
        var attempts = again ? retry.Attempts : 1;
        var actions = Actions(lines);
        for (var attempt = 1; ; attempt++)
        {
            string answer;
            try
            {
                answer = connection.SendBulk(string.Concat(actions));
            }
            catch (ClusterRequestException e) when (e.Transient && attempt < attempts)
            {
                wait(retry.DelayBefore(attempt + 1));
                continue;
            }

            var refused = Refused(answer);
            if (refused.Count == 0)
                return;
            if (refused.FirstOrDefault(r => !ClusterRequestException.IsTransient(r.Status)) is { Error: not null } lasting)
                throw new ClusterRequestException($"The cluster refused an item of a bulk request ({lasting.Status}): {lasting.Error}", status: lasting.Status);
            if (attempt >= attempts)
                throw new ClusterRequestException($"The cluster still refused {refused.Count} item(s) of a bulk request after {attempt} attempts ({refused[0].Status}): {refused[0].Error}", status: refused[0].Status);
            actions = refused.Select(r => actions[r.Position]).ToList();
            wait(retry.DelayBefore(attempt + 1));
        }
    }

    /// <summary>Deletes what a query matches, sent again while the reason it failed is transient.</summary>
    public void DeleteByQuery(string body, bool again = true)
    {
        var attempts = again ? retry.Attempts : 1;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                connection.DeleteByQuery(body);
                return;
            }
            catch (ClusterRequestException e) when (e.Transient && attempt < attempts)
            {
                wait(retry.DelayBefore(attempt + 1));
            }
        }
    }

    /// <summary>Each action of bulk lines with its document, if it has one (a <c>delete</c> has none), as the lines to send.</summary>
    public static List<string> Actions(string lines)
    {
        var actions = new List<string>();
        var rows = lines.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < rows.Length; i++)
        {
            using var action = JsonDocument.Parse(rows[i]);
            var withDocument = action.RootElement.EnumerateObject().First().Name is "index" or "create" or "update";
            var text = new StringBuilder(rows[i]).Append('\n');
            if (withDocument)
                text.Append(rows[++i]).Append('\n');
            actions.Add(text.ToString());
        }

        return actions;
    }

    /// <summary>The items of a bulk answer that carry an error: their place in the request, status and reason.</summary>
    private static List<(int Position, int? Status, string? Error)> Refused(string answer)
    {
        using var document = JsonDocument.Parse(answer);
        var refused = new List<(int, int?, string?)>();
        if (!document.RootElement.TryGetProperty("errors", out var errors) || !errors.GetBoolean())
            return refused;
        var position = 0;
        foreach (var item in document.RootElement.GetProperty("items").EnumerateArray())
        {
            var result = item.EnumerateObject().First().Value;
            if (result.TryGetProperty("error", out var error))
                refused.Add((position, result.TryGetProperty("status", out var status) ? status.GetInt32() : null, error.GetRawText()));
            position++;
        }

        return refused;
    }
}
