using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Alerts.Delivery;

/// <summary>
/// POSTs a signed JSON message to a webhook (the operators' gateway or a driver's app). A 2xx answer is sent;
/// anything else, a timeout or an unreachable host is a failure the worker retries.
/// </summary>
internal sealed class WebhookSender(IHttpClientFactory clients, IOptions<AlertDeliveryOptions> options, TimeProvider time) : IChannelSender
{
    public const string ClientName = "EvDashboard.Alerts.Webhook";

    private const int MaxAnswerInError = 200;

    public DeliveryChannel Channel => DeliveryChannel.Webhook;

    public string? NotConfigured(DeliveryAudience audience)
    {
        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.WebhookSecret))
        {
            return "Webhooks are not configured (Alerts:Delivery:WebhookSecret): a webhook is never sent unsigned.";
        }

        return audience == DeliveryAudience.Operator && !settings.WebhookConfigured
            ? "The operators' webhook is not configured (Alerts:Delivery:WebhookUrl)."
            : null;
    }

    public async Task<SendResult> SendAsync(DeliveryMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (NotConfigured(message.Audience) is { } notConfigured)
        {
            return SendResult.Failure(notConfigured);
        }

        if (!Uri.TryCreate(message.Target, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return SendResult.Failure($"'{message.Target}' is not an absolute http(s) URL.");
        }

        using var request = Sign(new HttpRequestMessage(HttpMethod.Post, url), message);
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return response.IsSuccessStatusCode ? SendResult.Success : SendResult.Failure(await DescribeAsync(response, cancellationToken));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendResult.Failure($"The webhook did not answer within {options.Value.TimeoutSeconds} s.");
        }
        catch (HttpRequestException ex)
        {
            return SendResult.Failure($"The webhook could not be reached: {ex.Message}");
        }
    }

    private HttpRequestMessage Sign(HttpRequestMessage request, DeliveryMessage message)
    {
        var body = WebhookPayload.Write(message);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Compute(options.Value.WebhookSecret!, timestamp, body));
        request.Headers.Add(WebhookSignature.DeliveryHeader, message.Id.ToString(CultureInfo.InvariantCulture));
        return request;
    }

    private static async Task<string> DescribeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var answer = (await response.Content.ReadAsStringAsync(cancellationToken)).Trim();
        if (answer.Length > MaxAnswerInError)
        {
            answer = answer[..MaxAnswerInError] + "…";
        }

        var status = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd();
        return answer.Length == 0 ? $"The webhook answered {status}." : $"The webhook answered {status}: {answer}";
    }
}
