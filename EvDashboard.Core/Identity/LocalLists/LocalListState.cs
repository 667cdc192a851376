using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Core.Identity.LocalLists;

/// <summary>
/// What the central system knows of one charge point's Local Authorization List: the version it last sent, the
/// version the charger accepted (whose content is in <see cref="LocalListEntry"/>), and the version the charger
/// last reported with GetLocalListVersion (OCPP 1.6 §5.6; 0 = no list, -1 = not supported).
/// </summary>
public sealed class LocalListState
{
    private LocalListState()
    {
        ChargePointId = string.Empty;
    }

    public LocalListState(string chargePointId)
    {
        ChargePointId = chargePointId;
    }

    public string ChargePointId { get; private set; }

    public int SentVersion { get; private set; }

    public int? AcceptedVersion { get; private set; }

    public int? ReportedVersion { get; private set; }

    public DateTimeOffset? ReportedAt { get; private set; }

    public DateTimeOffset? LastSentAt { get; private set; }

    public UpdateType? LastUpdateType { get; private set; }

    /// <summary>The charger's answer to the last SendLocalList (Accepted, Failed, NotSupported, VersionMismatch) or why there was none.</summary>
    public string? LastResult { get; private set; }

    /// <summary>SendLocalListMaxLength (OCPP 1.6 §9.2): the most entries one SendLocalList.req may carry; null when not reported.</summary>
    public int? SendLocalListMaxLength { get; private set; }

    /// <summary>LocalAuthListMaxLength (§9.2): the most idTags the charger's list can hold; null when not reported.</summary>
    public int? LocalAuthListMaxLength { get; private set; }

    /// <summary>LocalAuthListEnabled (§9.2) as last read; false means the charger ignores its list.</summary>
    public bool? LocalAuthListEnabled { get; private set; }

    /// <summary>When the limits were read with GetConfiguration; null means they must be read before the next send.</summary>
    public DateTimeOffset? LimitsReadAt { get; private set; }

    /// <summary>The version for the next update: above anything sent before, so a charger never sees a version twice.</summary>
    public int NextVersion => Math.Max(SentVersion, Math.Max(AcceptedVersion ?? 0, ReportedVersion ?? 0)) + 1;

    public void Sent(int version, UpdateType updateType, string result, bool accepted, DateTimeOffset at)
    {
        SentVersion = version;
        LastUpdateType = updateType;
        LastResult = result;
        LastSentAt = at;
        if (accepted)
        {
            AcceptedVersion = version;
            // §5.15: an accepted update sets the charger's list version to the one sent.
            ReportedVersion = version;
            ReportedAt = at;
        }
    }

    public void LimitsRead(LocalListLimits limits, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(limits);
        SendLocalListMaxLength = limits.SendLocalListMaxLength;
        LocalAuthListMaxLength = limits.LocalAuthListMaxLength;
        LocalAuthListEnabled = limits.LocalAuthListEnabled;
        LimitsReadAt = at;
    }

    public LocalListLimits Limits => new(SendLocalListMaxLength, LocalAuthListMaxLength, LocalAuthListEnabled);

    public void Reported(int version, DateTimeOffset at)
    {
        ReportedVersion = version;
        ReportedAt = at;
    }
}
