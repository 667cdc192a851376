using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Alerts.Delivery;

/// <summary>
/// Sends alert e-mails through the configured SMTP server: a multipart/alternative message with the plain-text body
/// and an HTML part rendered from it, the alert's title as subject.
/// </summary>
internal sealed class EmailSender(IOptions<AlertDeliveryOptions> options) : IChannelSender
{
    public DeliveryChannel Channel => DeliveryChannel.Email;

    public string? NotConfigured(DeliveryAudience audience) =>
        options.Value.EmailConfigured ? null : "SMTP is not configured (Alerts:Delivery:SmtpHost).";

    public async Task<SendResult> SendAsync(DeliveryMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        if (NotConfigured(message.Audience) is { } notConfigured)
        {
            return SendResult.Failure(notConfigured);
        }

        if (!AlertRecipients.IsAddress(message.Target))
        {
            return SendResult.Failure($"'{message.Target}' is not an e-mail address.");
        }

        using var mail = Compose(message, settings);
        using var client = CreateClient(settings);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        try
        {
            await client.SendMailAsync(mail, timeout.Token);
            return SendResult.Success;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendResult.Failure($"SMTP server {settings.SmtpHost}:{settings.SmtpPort} did not answer within {settings.TimeoutSeconds} s.");
        }
        catch (SmtpException ex)
        {
            return SendResult.Failure(SmtpError.Describe(ex, settings));
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException)
        {
            return SendResult.Failure($"SMTP server {settings.SmtpHost}:{settings.SmtpPort}: {ex.Message}");
        }
    }

    internal static MailMessage Compose(DeliveryMessage message, AlertDeliveryOptions settings)
    {
        var mail = new MailMessage
        {
            From = new MailAddress(settings.FromAddress, settings.FromName),
            Subject = message.Title,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
        };
        mail.To.Add(message.Target);

        // Plain text first: mail clients show the last alternative they understand, so HTML wins where it can.
        var text = AlternateView.CreateAlternateViewFromString(message.Body, Encoding.UTF8, MediaTypeNames.Text.Plain);
        text.TransferEncoding = TransferEncoding.Base64;
        var html = AlternateView.CreateAlternateViewFromString(EmailHtml.Render(message, settings.FromName), Encoding.UTF8, MediaTypeNames.Text.Html);
        html.TransferEncoding = TransferEncoding.Base64;
        mail.AlternateViews.Add(text);
        mail.AlternateViews.Add(html);
        return mail;
    }

    private static SmtpClient CreateClient(AlertDeliveryOptions settings)
    {
        var client = new SmtpClient(settings.SmtpHost, settings.SmtpPort)
        {
            EnableSsl = settings.SmtpEnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = settings.TimeoutSeconds * 1000,
        };
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
        {
            client.Credentials = new NetworkCredential(settings.SmtpUserName, settings.SmtpPassword);
        }

        return client;
    }
}
