using EvDashboard.Core.Data;
using EvDashboard.Core.Sessions;

namespace EvDashboard.Core.Stations;

/// <summary>
/// A BootNotification's rows, written with prepared statements instead of EF Core's change tracker: through EF a boot
/// cost about 1.5 ms of the single writer's time, and a reconnect storm is ten thousand of them. The rules stay those of
/// <see cref="ChargePoint.RecordBoot"/> (every identity field replaced, last-seen moved forward only); this class only
/// moves columns, encoded as the EF model stores them (timestamps as UTC ticks, the approval and statuses as names).
/// </summary>
internal static class ChargePointBootStore
{
    private const string ApprovalSql = "SELECT Approval FROM ChargePoints WHERE Id = ?1";

    private const string RecordSql =
        "UPDATE ChargePoints SET Vendor = ?2, Model = ?3, ChargePointSerialNumber = ?4, ChargeBoxSerialNumber = ?5, FirmwareVersion = ?6, "
        + "Iccid = ?7, Imsi = ?8, MeterType = ?9, MeterSerialNumber = ?10, LastBootAt = ?11, "
        + "LastSeenAt = CASE WHEN LastSeenAt IS NULL OR LastSeenAt < ?11 THEN ?11 ELSE LastSeenAt END WHERE Id = ?1";

    private static readonly string s_openSessionSql =
        $"SELECT 1 FROM ChargingSessions WHERE ChargePointId = ?1 AND Status = '{SessionStatus.Active}' LIMIT 1";

    /// <summary>Stores the boot and returns the charge point's approval; null when it is not stored (deleted while connected).</summary>
    public static ChargePointApproval? Record(WriteScope scope, string chargePointId, BootInfo boot, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var find = scope.Statement(ApprovalSql);
        find.Bind(1, chargePointId);
        var approval = find.QueryFirst(row => (ChargePointApproval?)Enum.Parse<ChargePointApproval>(row.GetString(0)), cancellationToken);
        if (approval is null)
        {
            return null;
        }

        var record = scope.Statement(RecordSql);
        record.Bind(1, chargePointId);
        record.Bind(2, boot.Vendor);
        record.Bind(3, boot.Model);
        record.Bind(4, boot.ChargePointSerialNumber);
        record.Bind(5, boot.ChargeBoxSerialNumber);
        record.Bind(6, boot.FirmwareVersion);
        record.Bind(7, boot.Iccid);
        record.Bind(8, boot.Imsi);
        record.Bind(9, boot.MeterType);
        record.Bind(10, boot.MeterSerialNumber);
        record.Bind(11, at.UtcTicks);
        record.Execute(cancellationToken);
        return approval;
    }

    /// <summary>Whether a session is still open on the charge point (after a reboot it is interrupted, through the ledger).</summary>
    public static bool HasOpenSession(WriteScope scope, string chargePointId, CancellationToken cancellationToken)
    {
        var statement = scope.Statement(s_openSessionSql);
        statement.Bind(1, chargePointId);
        return statement.QueryFirst(_ => true, cancellationToken);
    }
}
