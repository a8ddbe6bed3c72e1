namespace ArchiveSearch.Cli;

/// <summary>
/// How a command that cannot go on says so: one line on standard error naming the command and what is wrong
/// (a missing file, a locked or damaged index, a folder that cannot be written), exit code 1, no stack trace.
/// </summary>
public static class CommandRefusal
{
    public const int ExitCode = 1;

    public static string Line(string command, Exception exception)
    {
        var cause = exception is AggregateException { InnerExceptions.Count: > 0 } aggregate ? aggregate.InnerExceptions[0] : exception;
        var message = cause.Message;
        // Exceptions whose message says nothing on its own are named, so the line still tells what happened.
        if (cause is NullReferenceException or IndexOutOfRangeException or InvalidCastException or NotSupportedException or NotImplementedException)
            message = $"{cause.GetType().Name}: {message}";
        return $"archivesearch {command}: {OneLine(message)}";
    }

    /// <summary>Line breaks and other control characters in a message (a file name may hold them) are written as escapes.</summary>
    private static string OneLine(string text) =>
        string.Concat(text.Select(c => c switch
        {
            '\n' => @"\n",
            '\r' => @"\r",
            '\t' => @"\t",
            _ when char.IsControl(c) => $@"\u{(int)c:x4}",
            _ => c.ToString(),
        }));
}
