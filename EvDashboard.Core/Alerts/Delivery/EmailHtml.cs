using System.Net;
using System.Text;

namespace EvDashboard.Core.Alerts.Delivery;

/// <summary>
/// The HTML part of an alert e-mail, rendered from the plain-text body: every character escaped, blank lines as
/// paragraphs, inline styles only (mail clients drop style sheets), a coloured bar for the severity.
/// </summary>
internal static class EmailHtml
{
    public static string Render(DeliveryMessage message, string fromName)
    {
        ArgumentNullException.ThrowIfNull(message);
        var colour = SeverityColour.For(message);
        var html = new StringBuilder(1024);
        html.Append("<!DOCTYPE html><html><body style=\"margin:0;padding:16px;background:#f3f4f6;font-family:Segoe UI,Helvetica,Arial,sans-serif;color:#111827;\">");
        html.Append("<div style=\"max-width:600px;margin:0 auto;background:#ffffff;border-radius:6px;border-top:6px solid ").Append(colour).Append(";\">");
        html.Append("<div style=\"padding:16px 20px;\">");
        html.Append("<h1 style=\"margin:0 0 12px;font-size:18px;color:").Append(colour).Append(";\">").Append(Escape(message.Title)).Append("</h1>");
        foreach (var paragraph in Paragraphs(message.Body))
        {
            html.Append("<p style=\"margin:0 0 10px;font-size:14px;line-height:1.5;\">");
            html.Append(string.Join("<br>", paragraph.Split('\n').Select(Escape)));
            html.Append("</p>");
        }

        html.Append("</div><div style=\"padding:10px 20px;border-top:1px solid #e5e7eb;font-size:12px;color:#6b7280;\">");
        html.Append("Sent by ").Append(Escape(fromName)).Append(Escape(Footer(message)));
        html.Append("</div></div></body></html>");
        return html.ToString();
    }

    private static string Footer(DeliveryMessage message) => message switch
    {
        { Event: AlertDeliveryEvent.Test } => " as a test of this channel.",
        { Audience: DeliveryAudience.Driver } => " because you asked to hear about your charging sessions.",
        _ => $" for the alert rule {message.RuleKey}.",
    };

    private static string[] Paragraphs(string body) =>
        body.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
