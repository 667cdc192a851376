namespace EvDashboard.Core.Common;

/// <summary>Shows enough of a driver's token to recognise it, not enough to clone a card: "04A1…9F".</summary>
public static class IdTagMask
{
    public static string Mask(string? idTag) => idTag switch
    {
        null or "" => "—",
        { Length: <= 4 } => new string('•', idTag.Length),
        { Length: <= 8 } => $"{idTag[..2]}…",
        _ => $"{idTag[..4]}…{idTag[^2..]}",
    };
}
