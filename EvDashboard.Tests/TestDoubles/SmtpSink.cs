using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;

namespace EvDashboard.Tests.TestDoubles;

/// <summary>
/// An SMTP server on 127.0.0.1 that speaks just enough of RFC 5321 for System.Net.Mail (EHLO/HELO, MAIL, RCPT, DATA,
/// RSET, NOOP, QUIT, no TLS, no AUTH) and records every message it accepts. Recipients in <see cref="Rejected"/> get a 550.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<SmtpSinkMessage> _messages = Channel.CreateUnbounded<SmtpSinkMessage>();
    private readonly Task _accepting;

    public SmtpSink()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync();
    }

    public int Port { get; }

    /// <summary>Addresses answered with "550 5.1.1 mailbox unavailable".</summary>
    public HashSet<string> Rejected { get; } = new(StringComparer.OrdinalIgnoreCase);

    public int Received { get; private set; }

    /// <summary>The next message accepted, or a <see cref="TimeoutException"/> after <paramref name="timeout"/>.</summary>
    public async Task<SmtpSinkMessage> NextAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            return await _messages.Reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No message reached the SMTP sink within {timeout}.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopping the listener ends the accept loop this way.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            try
            {
                await ConverseAsync(reader, writer);
            }
            catch (IOException)
            {
                // The client hung up; nothing to record.
            }
        }
    }

    private async Task ConverseAsync(StreamReader reader, StreamWriter writer)
    {
        await writer.WriteLineAsync("220 sink.test ESMTP ready");
        string? from = null;
        var recipients = new List<string>();
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO" or "HELO":
                    await writer.WriteLineAsync("250 sink.test");
                    break;
                case "MAIL":
                    (from, recipients) = (Address(line), []);
                    await writer.WriteLineAsync("250 2.1.0 OK");
                    break;
                case "RCPT" when Rejected.Contains(Address(line)):
                    await writer.WriteLineAsync("550 5.1.1 mailbox unavailable");
                    break;
                case "RCPT":
                    recipients.Add(Address(line));
                    await writer.WriteLineAsync("250 2.1.5 OK");
                    break;
                case "DATA" when recipients.Count == 0:
                    // RFC 5321 §3.3: DATA after every RCPT was refused has nothing to deliver.
                    await writer.WriteLineAsync("554 5.5.1 no valid recipients");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var raw = await ReadDataAsync(reader);
                    Received++;
                    _messages.Writer.TryWrite(new SmtpSinkMessage(from ?? string.Empty, recipients.ToList(), raw));
                    await writer.WriteLineAsync("250 2.0.0 queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 2.0.0 bye");
                    return;
                case "RSET" or "NOOP":
                    await writer.WriteLineAsync("250 2.0.0 OK");
                    break;
                default:
                    await writer.WriteLineAsync("502 5.5.2 command not implemented");
                    break;
            }
        }
    }

    private async Task<string> ReadDataAsync(StreamReader reader)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(_stop.Token) is { } line && line != ".")
        {
            // RFC 5321 §4.5.2: a leading dot was doubled by the sender.
            data.Append(line.StartsWith("..", StringComparison.Ordinal) ? line[1..] : line).Append("\r\n");
        }

        return data.ToString();
    }

    private static string Address(string line)
    {
        var start = line.IndexOf('<', StringComparison.Ordinal);
        var end = line.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start ? line[(start + 1)..end] : string.Empty;
    }
}
