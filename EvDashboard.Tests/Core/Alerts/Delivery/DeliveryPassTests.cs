using System.Net;
using EvDashboard.Core.Alerts;
using EvDashboard.Tests.TestDoubles;

namespace EvDashboard.Tests.Core.Alerts.Delivery;

/// <summary>The delivery worker's pass over the queue, against a real SMTP sink and a real webhook receiver on 127.0.0.1.</summary>
public sealed class DeliveryPassTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task RunAsync_Webhook500ThenOk_RetriedAfterBackOffAndSentOnSecondAttempt()
    {
        await using var receiver = new WebhookReceiver("hook-secret-1");
        receiver.Answers.Enqueue(HttpStatusCode.InternalServerError);
        await using var db = await DeliveryDatabase.CreateAsync(DeliveryDatabase.Webhook(receiver));
        var alert = await db.RaiseAsync();
        var id = await db.QueueAsync(alert.Id, DeliveryChannel.Webhook, receiver.Url);

        await db.Pass.RunAsync(CancellationToken.None);
        var afterFailure = await db.DeliveryAsync(id);
        db.Time.Advance(TimeSpan.FromSeconds(29));
        await db.Pass.RunAsync(CancellationToken.None);
        var requestsBeforeBackOff = receiver.Requests.Count;
        db.Time.Advance(TimeSpan.FromSeconds(1));
        await db.Pass.RunAsync(CancellationToken.None);

        Assert.Equal((AlertDeliveryStatus.Pending, 1, DeliveryDatabase.Start.AddSeconds(30)), (afterFailure.Status, afterFailure.Attempts, afterFailure.NextAttemptAt));
        Assert.StartsWith("The webhook answered HTTP 500", afterFailure.LastError, StringComparison.Ordinal);
        Assert.Equal(1, requestsBeforeBackOff);
        var sent = await db.DeliveryAsync(id);
        Assert.Equal((AlertDeliveryStatus.Sent, 2, db.Time.GetUtcNow(), (string?)null), (sent.Status, sent.Attempts, sent.SentAt, sent.LastError));
        Assert.Equal(2, receiver.Requests.Count);
        Assert.All(receiver.Requests, r => Assert.True(r.SignatureValid));
        Assert.All(receiver.Requests, r => Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), r.DeliveryId));
    }

    [Fact]
    public async Task RunAsync_Webhook_PostsTheDocumentedJson()
    {
        await using var receiver = new WebhookReceiver("hook-secret-2");
        await using var db = await DeliveryDatabase.CreateAsync(DeliveryDatabase.Webhook(receiver));
        var alert = await db.RaiseAsync();
        var id = await db.QueueAsync(alert.Id, DeliveryChannel.Webhook, receiver.Url);

        await db.Pass.RunAsync(CancellationToken.None);

        var request = Assert.Single(receiver.Requests);
        var json = request.Json;
        Assert.Equal(("POST", "application/json; charset=utf-8"), (request.Method, request.ContentType));
        Assert.Equal(DeliveryDatabase.Start.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), request.Timestamp);
        Assert.Equal(
            (id, "raised", "operator", "connector-faulted", alert.Id, "Critical: CP-1 connector 2 faulted"),
            (json.GetProperty("id").GetInt64(), json.GetProperty("event").GetString(), json.GetProperty("audience").GetString(),
             json.GetProperty("rule").GetString(), json.GetProperty("alertId").GetInt64(), json.GetProperty("title").GetString()));
        Assert.Equal(
            ("critical", "CP-1", 2, 17, "open", DeliveryDatabase.Start),
            (json.GetProperty("severity").GetString(), json.GetProperty("chargePointId").GetString(), json.GetProperty("connectorId").GetInt32(),
             json.GetProperty("transactionId").GetInt32(), json.GetProperty("status").GetString(), json.GetProperty("raisedAt").GetDateTimeOffset()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("resolvedAt").ValueKind);
        Assert.Contains("<check the RCD>", json.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WebhookAlwaysFails_GivesUpAfterMaxAttemptsWithTheError()
    {
        await using var receiver = new WebhookReceiver("hook-secret-3");
        foreach (var _ in Enumerable.Range(0, 3))
        {
            receiver.Answers.Enqueue(HttpStatusCode.BadGateway);
        }

        await using var db = await DeliveryDatabase.CreateAsync(DeliveryDatabase.Webhook(receiver));
        var id = await db.QueueAsync(null, DeliveryChannel.Webhook, receiver.Url);

        await db.Pass.RunAsync(CancellationToken.None);
        db.Time.Advance(TimeSpan.FromSeconds(30));
        await db.Pass.RunAsync(CancellationToken.None);
        var second = await db.DeliveryAsync(id);
        db.Time.Advance(TimeSpan.FromSeconds(60));
        await db.Pass.RunAsync(CancellationToken.None);
        db.Time.Advance(TimeSpan.FromHours(1));
        await db.Pass.RunAsync(CancellationToken.None);

        Assert.Equal((AlertDeliveryStatus.Pending, 2, DeliveryDatabase.Start.AddSeconds(90)), (second.Status, second.Attempts, second.NextAttemptAt));
        var failed = await db.DeliveryAsync(id);
        Assert.Equal((AlertDeliveryStatus.Failed, 3, (DateTimeOffset?)null), (failed.Status, failed.Attempts, failed.SentAt));
        Assert.StartsWith("The webhook answered HTTP 502", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(3, receiver.Requests.Count);
    }

    [Fact]
    public async Task RunAsync_Email_SinkGetsSubjectRecipientAndBothParts()
    {
        await using var sink = new SmtpSink();
        await using var db = await DeliveryDatabase.CreateAsync(DeliveryDatabase.Smtp(sink));
        var alert = await db.RaiseAsync();
        var id = await db.QueueAsync(alert.Id, DeliveryChannel.Email, "ops@volt.example");

        await db.Pass.RunAsync(CancellationToken.None);

        var message = await sink.NextAsync(Wait);
        Assert.Equal("Critical: CP-1 connector 2 faulted", message.Subject);
        Assert.Equal(["ops@volt.example"], message.Recipients);
        Assert.Equal("alerts@volt.example", message.From);
        Assert.Contains("Volt alerts", message.Header("From"), StringComparison.Ordinal);
        Assert.Equal("CP-1 connector 2 is faulted: GroundFailure.\n\nSince 08:58 UTC <check the RCD>.", message.Part("text/plain")?.Replace("\r\n", "\n", StringComparison.Ordinal));
        var html = message.Part("text/html");
        Assert.NotNull(html);
        Assert.Contains("Since 08:58 UTC &lt;check the RCD&gt;.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<check the RCD>", html, StringComparison.Ordinal);
        Assert.Contains("#b91c1c", html, StringComparison.Ordinal);
        Assert.Equal(AlertDeliveryStatus.Sent, (await db.DeliveryAsync(id)).Status);
    }

    [Fact]
    public async Task RunAsync_RecipientRefused_RetriesWithTheSmtpError()
    {
        await using var sink = new SmtpSink();
        sink.Rejected.Add("gone@volt.example");
        await using var db = await DeliveryDatabase.CreateAsync(DeliveryDatabase.Smtp(sink));
        var id = await db.QueueAsync(null, DeliveryChannel.Email, "gone@volt.example");

        await db.Pass.RunAsync(CancellationToken.None);

        var delivery = await db.DeliveryAsync(id);
        Assert.Equal((AlertDeliveryStatus.Pending, 1), (delivery.Status, delivery.Attempts));
        // SmtpClient pipelines DATA after RCPT, so the refusal reported is the RCPT 550 or the DATA 554 that follows it.
        Assert.Matches("^SMTP 55[04] ", delivery.LastError);
        Assert.Equal(0, sink.Received);
    }

    [Fact]
    public async Task RunAsync_OverRateLimit_DefersUntilTheTargetHasRoom()
    {
        await using var receiver = new WebhookReceiver("hook-secret-4");
        var settings = DeliveryDatabase.Webhook(receiver);
        settings["MaxPerRecipientPerHour"] = "2";
        await using var db = await DeliveryDatabase.CreateAsync(settings);
        var ids = new List<long>();
        foreach (var _ in Enumerable.Range(0, 3))
        {
            ids.Add(await db.QueueAsync(null, DeliveryChannel.Webhook, receiver.Url));
        }

        await db.Pass.RunAsync(CancellationToken.None);
        var deferred = await db.DeliveryAsync(ids[2]);
        db.Time.Advance(TimeSpan.FromHours(1));
        await db.Pass.RunAsync(CancellationToken.None);

        Assert.Equal((AlertDeliveryStatus.Pending, 0, DeliveryDatabase.Start.AddHours(1)), (deferred.Status, deferred.Attempts, deferred.NextAttemptAt));
        Assert.Equal(AlertDeliveryStatus.Sent, (await db.DeliveryAsync(ids[0])).Status);
        Assert.Equal((AlertDeliveryStatus.Sent, 1), ((await db.DeliveryAsync(ids[2])).Status, (await db.DeliveryAsync(ids[2])).Attempts));
        Assert.Equal(3, receiver.Requests.Count);
    }

    [Fact]
    public async Task RunAsync_ChannelNoLongerConfigured_FailsWithAClearError()
    {
        await using var receiver = new WebhookReceiver("hook-secret-5");
        await using var db = await DeliveryDatabase.CreateAsync(DeliveryDatabase.Webhook(receiver));
        var id = await db.QueueAsync(null, DeliveryChannel.Email, "ops@volt.example");

        await db.Pass.RunAsync(CancellationToken.None);

        var delivery = await db.DeliveryAsync(id);
        Assert.Equal((AlertDeliveryStatus.Failed, 1, "SMTP is not configured (Alerts:Delivery:SmtpHost)."), (delivery.Status, delivery.Attempts, delivery.LastError));
    }
}
