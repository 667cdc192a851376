using System.Net.Mail;

namespace EvDashboard.Core.Alerts;

/// <summary>Comma- or semicolon-separated e-mail addresses, checked and stored in one canonical form.</summary>
public static class AlertRecipients
{
    /// <summary>The addresses joined by ", ", or null for none; throws <see cref="ArgumentException"/> naming a bad address.</summary>
    public static string? Normalize(string? text)
    {
        var list = Parse(text);
        var joined = list.Count == 0 ? null : string.Join(", ", list);
        if (joined is { Length: > AlertRuleSetting.MaxRecipientsLength })
        {
            throw new ArgumentException($"The recipients are at most {AlertRuleSetting.MaxRecipientsLength} characters.", nameof(text));
        }

        return joined;
    }

    public static IReadOnlyList<string> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var list = new List<string>();
        foreach (var part in text.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!IsAddress(part))
            {
                throw new ArgumentException($"'{part}' is not an e-mail address.", nameof(text));
            }

            if (!list.Contains(part, StringComparer.OrdinalIgnoreCase))
            {
                list.Add(part);
            }
        }

        return list;
    }

    public static bool IsAddress(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Length <= 254 && MailAddress.TryCreate(text, out var address) && address.Address == text.Trim();
}
