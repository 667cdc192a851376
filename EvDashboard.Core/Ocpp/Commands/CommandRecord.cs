namespace EvDashboard.Core.Ocpp.Commands;

/// <summary>An operator command sent to a charge point and what came back: the audit trail of server-initiated calls.</summary>
public sealed class CommandRecord
{
    private CommandRecord()
    {
        ChargePointId = Action = RequestJson = RequestedBy = string.Empty;
    }

    public CommandRecord(string chargePointId, string action, string requestJson, string requestedBy, DateTimeOffset sentAt)
    {
        ChargePointId = chargePointId;
        Action = action;
        RequestJson = requestJson;
        RequestedBy = requestedBy;
        SentAt = sentAt;
    }

    public long Id { get; private set; }

    public string ChargePointId { get; private set; }

    public string Action { get; private set; }

    public string RequestJson { get; private set; }

    public string RequestedBy { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public CommandOutcome? Outcome { get; private set; }

    public string? ResponseJson { get; private set; }

    public string? ErrorCode { get; private set; }

    public string? ErrorDescription { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public void Complete(CommandResult result, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(result);
        Outcome = result.Outcome;
        ResponseJson = result.ResponseJson;
        ErrorCode = result.ErrorCode;
        ErrorDescription = result.ErrorDescription;
        CompletedAt = at;
    }
}
