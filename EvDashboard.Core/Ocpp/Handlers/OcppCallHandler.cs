using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EvDashboard.Core.Ocpp.Framing;

namespace EvDashboard.Core.Ocpp.Handlers;

/// <summary>Binds the payload to the action's request record and serialises the response record (source-generated JSON).</summary>
internal abstract class OcppCallHandler<TRequest, TResponse>(JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType)
    : IOcppCallHandler
{
    public abstract string Action { get; }

    public async Task<OcppCallOutcome> HandleAsync(OcppCallContext context, JsonElement payload, CancellationToken cancellationToken)
    {
        TRequest? request;
        try
        {
            request = payload.Deserialize(requestType);
        }
        catch (JsonException ex)
        {
            // The schema check passed, so this is a value the binder cannot represent (e.g. a date-time it cannot read).
            return OcppCallOutcome.Error(OcppErrorCode.TypeConstraintViolation, ex.Message);
        }

        if (request is null)
        {
            return OcppCallOutcome.Error(OcppErrorCode.FormationViolation, "The payload is null.");
        }

        var response = await HandleAsync(context, request, cancellationToken);
        return OcppCallOutcome.Answer(JsonSerializer.SerializeToUtf8Bytes(response, responseType));
    }

    protected abstract Task<TResponse> HandleAsync(OcppCallContext context, TRequest request, CancellationToken cancellationToken);
}
