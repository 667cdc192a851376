using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Core.Ocpp.Handlers;

/// <summary>An extension point: answers DataTransfer messages of one vendor id.</summary>
public interface IVendorDataTransferHandler
{
    string VendorId { get; }

    Task<DataTransferResponse> HandleAsync(string chargePointId, string? messageId, string? data, CancellationToken cancellationToken);
}
