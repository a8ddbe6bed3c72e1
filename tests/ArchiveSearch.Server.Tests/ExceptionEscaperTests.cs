using ArchiveSearch.Server.Logging;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace ArchiveSearch.Server.Tests;

/// <summary>Exception messages carry text from outside (file names): logged, they cannot forge a log line either.</summary>
public sealed class ExceptionEscaperTests
{
    private const string Forged = "\n[12:00:00 INF] forged line\u001b[31m";

    /// <summary>What the service's log pipeline writes for one event.</summary>
    private static string Log(Action<ILogger> write)
    {
        var output = new StringWriter();
        using (var logger = new LoggerConfiguration().WithEscapedText().WriteTo.Sink(new TemplateSink(output)).CreateLogger())
            write(logger);
        return output.ToString();
    }

    private static string Log(Exception exception) => Log(logger => logger.Error(exception, "Indexing failed during {What}", "update"));

    private sealed class TemplateSink(TextWriter output) : ILogEventSink
    {
        private readonly MessageTemplateTextFormatter formatter = new(ServiceLog.Template);

        public void Emit(LogEvent logEvent) => formatter.Format(logEvent, output);
    }

    private static Exception Thrown(Func<Exception> create)
    {
        try
        {
            throw create();
        }
        catch (Exception e)
        {
            return e;
        }
    }

    [Fact]
    public void An_exception_message_is_logged_escaped_and_its_stack_trace_keeps_its_lines()
    {
        var logged = Log(Thrown(() => new IOException("Cannot read page a.txt" + Forged)));

        Assert.Contains(@"System.IO.IOException: Cannot read page a.txt\n[12:00:00 INF] forged line\u001b[31m", logged);
        Assert.DoesNotContain('\u001b', logged);
        var lines = logged.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines, line => line.StartsWith('['));
        Assert.Contains(lines, line => line.StartsWith("   at ", StringComparison.Ordinal) && line.Contains(nameof(Thrown), StringComparison.Ordinal));
    }

    [Fact]
    public void Messages_of_inner_and_aggregated_exceptions_are_escaped_too()
    {
        var inner = Thrown(() => new UnauthorizedAccessException("Access to b.txt" + Forged + " denied"));
        var logged = Log(Thrown(() => new AggregateException(new InvalidOperationException("outer", inner), new IOException("second" + Forged))));

        Assert.DoesNotContain('\u001b', logged);
        Assert.Single(logged.Split('\n'), line => line.StartsWith('['));
        Assert.Contains(@"Access to b.txt\n[12:00:00 INF] forged line\u001b[31m denied", logged);
    }

    [Fact]
    public void An_event_without_an_exception_is_one_line()
    {
        var logged = Log(logger => logger.Information("Removed page {Path}: the file is gone", "c.txt" + Forged));

        Assert.Equal(1, logged.Count(c => c == '\n'));
    }
}
