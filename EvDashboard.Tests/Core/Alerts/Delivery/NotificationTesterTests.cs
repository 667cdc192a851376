using System.Net;
using EvDashboard.Core.Alerts;
using EvDashboard.Core.Alerts.Delivery;
using EvDashboard.Core.Audit;
using EvDashboard.Tests.TestDoubles;

namespace EvDashboard.Tests.Core.Alerts.Delivery;

/// <summary>The "send test" button: one message now, the answer in words, an audit entry either way.</summary>
public sealed class NotificationTesterTests
{
    private static readonly Actor Ada = new("ada@volt.example");

    [Fact]
    public async Task SendTestAsync_EmailWithoutTarget_SendsToTheFirstOperatorAndAudits()
    {
        await using var sink = new SmtpSink();
        await using var db = await DeliveryDatabase.CreateAsync(DeliveryDatabase.Smtp(sink));

        var result = await db.Tester.SendTestAsync(DeliveryChannel.Email, null, Ada, CancellationToken.None);

        Assert.Equal(new NotificationTestResult(true, "ops@volt.example", "Sent to ops@volt.example."), result);
        var message = await sink.NextAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(("EvDashboard test message", "ops@volt.example"), (message.Subject, Assert.Single(message.Recipients)));
        Assert.Contains("sent by ada@volt.example", message.Part("text/plain"), StringComparison.Ordinal);
        var entry = Assert.Single(await db.AuditAsync());
        Assert.Equal((NotificationTester.AuditAction, "ops@volt.example", "Succeeded", "ada@volt.example"), (entry.Action, entry.Target, entry.Result, entry.Actor));
    }

    [Fact]
    public async Task SendTestAsync_SmtpNotConfigured_SaysSoAndSendsNothing()
    {
        await using var receiver = new WebhookReceiver("tester-secret-1");
        await using var db = await DeliveryDatabase.CreateAsync(DeliveryDatabase.Webhook(receiver));

        var result = await db.Tester.SendTestAsync(DeliveryChannel.Email, "someone@volt.example", Ada, CancellationToken.None);

        Assert.Equal((false, "SMTP is not configured (Alerts:Delivery:SmtpHost)."), (result.Succeeded, result.Message));
        var entry = Assert.Single(await db.AuditAsync());
        Assert.Equal((NotificationTester.AuditAction, "Failed"), (entry.Action, entry.Result));
        Assert.Empty(receiver.Requests);
    }

    [Fact]
    public async Task SendTestAsync_RefusedAddress_ReturnsTheSmtpReply()
    {
        await using var sink = new SmtpSink();
        sink.Rejected.Add("nobody@volt.example");
        await using var db = await DeliveryDatabase.CreateAsync(DeliveryDatabase.Smtp(sink));

        var result = await db.Tester.SendTestAsync(DeliveryChannel.Email, "nobody@volt.example", Ada, CancellationToken.None);

        Assert.False(result.Succeeded);
        // SmtpClient pipelines DATA after RCPT, so the refusal reported is the RCPT 550 or the DATA 554 that follows it.
        Assert.Matches("^SMTP 55[04] ", result.Message);
        Assert.Equal(0, sink.Received);
    }

    [Fact]
    public async Task SendTestAsync_WebhookAnswers500_ReturnsTheStatusAndSignsTheTest()
    {
        await using var receiver = new WebhookReceiver("tester-secret-2");
        receiver.Answers.Enqueue(HttpStatusCode.InternalServerError);
        await using var db = await DeliveryDatabase.CreateAsync(DeliveryDatabase.Webhook(receiver));

        var result = await db.Tester.SendTestAsync(DeliveryChannel.Webhook, null, Ada, CancellationToken.None);

        Assert.Equal((false, receiver.Url), (result.Succeeded, result.Target));
        Assert.StartsWith("The webhook answered HTTP 500", result.Message, StringComparison.Ordinal);
        var request = Assert.Single(receiver.Requests);
        Assert.True(request.SignatureValid);
        Assert.Equal(("test", "0"), (request.Json.GetProperty("event").GetString(), request.DeliveryId));
        Assert.False(request.Json.TryGetProperty("severity", out _));
    }

    [Fact]
    public async Task SendTestAsync_WebhookOk_Succeeds()
    {
        await using var receiver = new WebhookReceiver("tester-secret-3");
        await using var db = await DeliveryDatabase.CreateAsync(DeliveryDatabase.Webhook(receiver));

        var result = await db.Tester.SendTestAsync(DeliveryChannel.Webhook, null, Ada, CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Single(receiver.Requests);
    }
}
