namespace EvDashboard.Core.Stations;

/// <summary>A vendor-specific DataTransfer from a charge point (OCPP 1.6 §6.8), stored as received.</summary>
public sealed class DataTransferMessage
{
    private DataTransferMessage()
    {
        ChargePointId = string.Empty;
        VendorId = string.Empty;
    }

    public DataTransferMessage(string chargePointId, string vendorId, string? messageId, string? data, string answerStatus, DateTimeOffset receivedAt)
    {
        ChargePointId = chargePointId;
        VendorId = vendorId;
        MessageId = messageId;
        Data = data;
        AnswerStatus = answerStatus;
        ReceivedAt = receivedAt;
    }

    public long Id { get; private set; }

    public string ChargePointId { get; private set; }

    public string VendorId { get; private set; }

    public string? MessageId { get; private set; }

    public string? Data { get; private set; }

    public string AnswerStatus { get; private set; } = string.Empty;

    public DateTimeOffset ReceivedAt { get; private set; }
}
