using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using EvDashboard.Core.Alerts.Delivery;

namespace EvDashboard.Tests.TestDoubles;

/// <summary>
/// A webhook endpoint on 127.0.0.1 (HttpListener) that checks each request's signature with <see cref="Secret"/>,
/// records it, and answers with the next status of <see cref="Answers"/> (200 when none is left).
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<WebhookRequest> _requests = new();
    private readonly Task _serving;

    public WebhookReceiver(string secret)
    {
        Secret = secret;
        Url = $"http://127.0.0.1:{FreePort()}/hooks/alerts";
        _listener.Prefixes.Add(Url[..(Url.LastIndexOf('/') + 1)]);
        _listener.Start();
        _serving = ServeAsync();
    }

    public string Secret { get; }

    public string Url { get; }

    /// <summary>Statuses to answer, in order; 200 once they are used up.</summary>
    public ConcurrentQueue<HttpStatusCode> Answers { get; } = new();

    public IReadOnlyList<WebhookRequest> Requests => [.. _requests];

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // Stopping the listener ends the loop this way.
        }

        _listener.Close();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            var context = await _listener.GetContextAsync();
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var bytes = body.ToArray();
            var timestamp = context.Request.Headers[WebhookSignature.TimestampHeader];
            var signature = context.Request.Headers[WebhookSignature.SignatureHeader];
            _requests.Enqueue(new WebhookRequest(
                context.Request.HttpMethod, context.Request.ContentType, timestamp, signature, context.Request.Headers[WebhookSignature.DeliveryHeader],
                bytes, WebhookSignature.Verify(Secret, timestamp, signature, bytes)));
            context.Response.StatusCode = (int)(Answers.TryDequeue(out var status) ? status : HttpStatusCode.OK);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
