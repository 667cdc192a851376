using EvDashboard.Core.Data;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Alerts.Engine.Conditions;

/// <summary>A connector reports Faulted (connector 0: the charge point as a whole).</summary>
internal sealed class ConnectorFaultedCondition : IAlertConditionSource
{
    public string RuleKey => AlertRuleKeys.ConnectorFaulted;

    public TimeSpan Delay(EffectiveAlertRule rule) => ConditionDelays.Debounce(rule);

    public async Task<IReadOnlyList<HoldingCondition>> ReadAsync(EvDashboardDbContext db, EffectiveAlertRule rule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var faulted = await db.Connectors.AsNoTracking()
            .Where(c => c.Status == ConnectorStatus.Faulted)
            .Select(c => new { c.ChargePointId, c.ConnectorId, c.ErrorCode, c.Info, c.VendorId, c.VendorErrorCode, c.StatusSince })
            .ToListAsync(cancellationToken);
        return faulted.ConvertAll(c => new HoldingCondition(
            $"cp/{c.ChargePointId}/{c.ConnectorId}", c.ChargePointId, c.ConnectorId, null,
            c.StatusSince is { } since ? ConditionDelays.NotAfter(since, now) : null,
            Message(c.ChargePointId, c.ConnectorId, c.ErrorCode, c.Info, c.VendorId, c.VendorErrorCode),
            $"OCPP errorCode {c.ErrorCode}" + (c.VendorErrorCode is null ? string.Empty : $", vendor {c.VendorId} code {c.VendorErrorCode}")));
    }

    internal static string Message(string chargePointId, int connectorId, string errorCode, string? info, string? vendorId, string? vendorErrorCode)
    {
        var where = connectorId == 0 ? chargePointId : $"{chargePointId} connector {connectorId}";
        var text = $"{where} is faulted: {ChargePointErrorWords.Describe(errorCode)}";
        if (!string.IsNullOrWhiteSpace(info))
        {
            text += $" ({info})";
        }

        if (!string.IsNullOrWhiteSpace(vendorErrorCode))
        {
            text += $"; vendor {(string.IsNullOrWhiteSpace(vendorId) ? "code" : vendorId + " code")} {vendorErrorCode}";
        }

        return text + ".";
    }
}
