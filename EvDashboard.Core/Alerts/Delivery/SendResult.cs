namespace EvDashboard.Core.Alerts.Delivery;

/// <summary>What one send attempt came to: sent, or the error in words an operator can act on ("SMTP 550 …", "HTTP 500 …").</summary>
public sealed record SendResult(bool Sent, string? Error)
{
    public static SendResult Success { get; } = new(true, null);

    public static SendResult Failure(string error) => new(false, error);
}
