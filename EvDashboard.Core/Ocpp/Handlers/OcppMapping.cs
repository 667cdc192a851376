using EvDashboard.Core.Identity;
using EvDashboard.Core.Ocpp.V16;
using EvDashboard.Core.Sessions;

namespace EvDashboard.Core.Ocpp.Handlers;

/// <summary>Translations between OCPP 1.6 wire records and the domain.</summary>
internal static class OcppMapping
{
    public static IdTagInfo ToIdTagInfo(this AuthorizationDecision decision) => new()
    {
        Status = decision.Outcome switch
        {
            AuthorizationOutcome.Accepted => AuthorizationStatus.Accepted,
            AuthorizationOutcome.Blocked => AuthorizationStatus.Blocked,
            AuthorizationOutcome.Expired => AuthorizationStatus.Expired,
            AuthorizationOutcome.ConcurrentTx => AuthorizationStatus.ConcurrentTx,
            _ => AuthorizationStatus.Invalid,
        },
        ExpiryDate = decision.ExpiresAt,
        ParentIdTag = decision.ParentIdTag,
    };

    public static IReadOnlyList<TimedReadings> ToReadings(this IReadOnlyList<MeterValue>? meterValues)
    {
        if (meterValues is null || meterValues.Count == 0)
        {
            return [];
        }

        var result = new TimedReadings[meterValues.Count];
        for (var i = 0; i < meterValues.Count; i++)
        {
            var sampled = meterValues[i].SampledValue;
            var readings = new SampledReading[sampled.Count];
            for (var j = 0; j < sampled.Count; j++)
            {
                var s = sampled[j];
                readings[j] = SampledReading.From(s.Value, s.Measurand, s.Phase, s.Location, s.Context, s.Unit, s.Format);
            }

            result[i] = new TimedReadings(meterValues[i].Timestamp, readings);
        }

        return result;
    }
}
