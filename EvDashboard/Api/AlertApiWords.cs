using EvDashboard.Core.Alerts;

namespace EvDashboard.Api;

/// <summary>
/// The alert API's words for enum values: lower case, the same in query strings and in answers
/// (<c>?status=open</c> lists alerts whose <c>status</c> is <c>"open"</c>).
/// </summary>
internal static class AlertApiWords
{
    public static readonly IReadOnlyList<string> Statuses = Names<AlertStatus>();

    public static readonly IReadOnlyList<string> Severities = Names<AlertSeverity>();

    public static readonly IReadOnlyList<string> Channels = ["inapp", "email", "webhook"];

    public static string Word<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>Parses a lower-case (or any-case) name; digits and undefined values are refused.</summary>
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum =>
        Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value) && !text!.Any(char.IsAsciiDigit) && !text.Contains(',', StringComparison.Ordinal);

    public static IReadOnlyList<string> ChannelWords(AlertChannels channels)
    {
        var words = new List<string>(3);
        if (channels.HasFlag(AlertChannels.InApp))
        {
            words.Add("inapp");
        }

        if (channels.HasFlag(AlertChannels.Email))
        {
            words.Add("email");
        }

        if (channels.HasFlag(AlertChannels.Webhook))
        {
            words.Add("webhook");
        }

        return words;
    }

    /// <summary>The channels named, or null when a word is unknown.</summary>
    public static AlertChannels? ParseChannels(IEnumerable<string> words)
    {
        var channels = AlertChannels.None;
        foreach (var word in words)
        {
            switch (word?.Trim().ToLowerInvariant())
            {
                case "inapp" or "in-app":
                    channels |= AlertChannels.InApp;
                    break;
                case "email" or "e-mail":
                    channels |= AlertChannels.Email;
                    break;
                case "webhook":
                    channels |= AlertChannels.Webhook;
                    break;
                default:
                    return null;
            }
        }

        return channels;
    }

    private static string[] Names<T>()
        where T : struct, Enum => [.. Enum.GetValues<T>().Select(Word)];
}
