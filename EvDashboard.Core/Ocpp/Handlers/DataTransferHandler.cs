using EvDashboard.Core.Data;
using EvDashboard.Core.Ocpp.V16;
using EvDashboard.Core.Stations;

namespace EvDashboard.Core.Ocpp.Handlers;

/// <summary>
/// OCPP 1.6 §6.8: vendor-specific data is stored; a registered <see cref="IVendorDataTransferHandler"/>
/// for the vendor id answers it, otherwise the answer is UnknownVendorId.
/// </summary>
internal sealed class DataTransferHandler(DatabaseWriter writer, IEnumerable<IVendorDataTransferHandler> vendors)
    : OcppCallHandler<DataTransferRequest, DataTransferResponse>(OcppJsonContext.Default.DataTransferRequest, OcppJsonContext.Default.DataTransferResponse)
{
    private readonly Dictionary<string, IVendorDataTransferHandler> _vendors = vendors.ToDictionary(v => v.VendorId, StringComparer.Ordinal);

    public override string Action => OcppActions.DataTransfer;

    protected override async Task<DataTransferResponse> HandleAsync(OcppCallContext context, DataTransferRequest request, CancellationToken cancellationToken)
    {
        var response = _vendors.TryGetValue(request.VendorId, out var vendor)
            ? await vendor.HandleAsync(context.ChargePointId, request.MessageId, request.Data, cancellationToken)
            : new DataTransferResponse { Status = DataTransferStatus.UnknownVendorId };

        await writer.ExecuteAsync(
            (scope, _) =>
            {
                scope.Db.DataTransferMessages.Add(new DataTransferMessage(
                    context.ChargePointId, request.VendorId, request.MessageId, request.Data, response.Status.ToString(), context.ReceivedAt));
                return Task.CompletedTask;
            },
            cancellationToken);
        return response;
    }
}
