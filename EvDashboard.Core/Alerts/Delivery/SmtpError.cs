using System.Net.Mail;

namespace EvDashboard.Core.Alerts.Delivery;

/// <summary>An SMTP failure in words an operator can act on: the server's reply code and text, or why it could not be reached.</summary>
internal static class SmtpError
{
    public static string Describe(SmtpException exception, AlertDeliveryOptions settings)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(settings);
        var code = (int)exception.StatusCode;

        // GeneralFailure (-1) means no reply code at all: the connection itself failed (DNS, refused, TLS).
        if (code <= 0)
        {
            var cause = exception.InnerException?.Message ?? exception.Message;
            return $"SMTP server {settings.SmtpHost}:{settings.SmtpPort} could not be reached: {cause}";
        }

        return $"SMTP {code} {exception.Message}";
    }
}
