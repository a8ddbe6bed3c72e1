using System.IO.Compression;
using System.Net;
using System.Text;

namespace ArchiveSearch.Testing;

/// <summary>
/// An HTTP server on the loopback interface that answers as a cluster would, with recorded answers, and keeps every
/// request it was sent (method, path, body, authorization), so a test reads exactly what the client put on the wire.
/// </summary>
public sealed class RecordedCluster : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Func<string, string, (int Status, string Body)> answer;
    private readonly Task serving;

    public RecordedCluster(Func<string, string, (int Status, string Body)> answer)
    {
        this.answer = answer;
        Url = new Uri($"http://127.0.0.1:{LocalPorts.Free()}/");
        listener.Prefixes.Add(Url.ToString());
        listener.Start();
        serving = Task.Run(Serve);
    }

    public Uri Url { get; }

    public List<(string Method, string Path, string Body, string? Authorization)> Requests { get; } = [];

    private async Task Serve()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            // The client compresses what it sends, as a cluster accepts it.
            var input = context.Request.Headers["Content-Encoding"] == "gzip"
                ? new GZipStream(context.Request.InputStream, CompressionMode.Decompress)
                : context.Request.InputStream;
            using var reader = new StreamReader(input, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var path = context.Request.Url!.PathAndQuery;
            lock (Requests)
                Requests.Add((context.Request.HttpMethod, path, body, context.Request.Headers["Authorization"]));
            var (status, text) = answer(context.Request.HttpMethod, path);
            var bytes = Encoding.UTF8.GetBytes(text);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            // What an Elasticsearch sends with every answer.
            context.Response.Headers["X-Elastic-Product"] = "Elasticsearch";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        serving.Wait(TimeSpan.FromSeconds(5));
    }
}
