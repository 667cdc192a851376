namespace EvDashboard.Core.Stations;

/// <summary>A charge point known to the central system, identified by the id in its OCPP URL.</summary>
public sealed class ChargePoint
{
    public const int MaxIdLength = 48;

    private ChargePoint()
    {
        Id = string.Empty;
    }

    public ChargePoint(string id, string? name, DateTimeOffset createdAt, bool registeredOnFirstConnect, ChargePointApproval approval = ChargePointApproval.Approved)
    {
        if (!IsValidId(id))
        {
            throw new ArgumentException($"A charge point id is 1..{MaxIdLength} printable characters without '/'.", nameof(id));
        }

        Id = id;
        Name = name;
        CreatedAt = createdAt;
        IsNew = registeredOnFirstConnect;
        Approval = approval;
    }

    public string Id { get; private set; }

    public string? Name { get; private set; }

    /// <summary>The salted keyed hash of the charge point's Basic-auth key (security profile 1); null when none is set.</summary>
    public string? KeyHash { get; private set; }

    /// <summary>How it must connect; profiles 1 and 2 need a key (<see cref="KeyHash"/>).</summary>
    public SecurityProfile SecurityProfile { get; private set; }

    public ChargePointApproval Approval { get; private set; }

    /// <summary>Created by its own first connection (policy Accept or PendingApproval) and not yet reviewed by an operator.</summary>
    public bool IsNew { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastSeenAt { get; private set; }

    public DateTimeOffset? LastBootAt { get; private set; }

    public string? Vendor { get; private set; }

    public string? Model { get; private set; }

    public string? ChargePointSerialNumber { get; private set; }

    public string? ChargeBoxSerialNumber { get; private set; }

    public string? FirmwareVersion { get; private set; }

    public string? Iccid { get; private set; }

    public string? Imsi { get; private set; }

    public string? MeterType { get; private set; }

    public string? MeterSerialNumber { get; private set; }

    public string? FirmwareStatus { get; private set; }

    public string? DiagnosticsStatus { get; private set; }

    /// <summary>Self-healing playbooks are switched off for this charge point (maintenance, a sensitive unit).</summary>
    public bool PlaybooksOff { get; private set; }

    /// <summary>Interrupted sessions here are not continued automatically.</summary>
    public bool ContinuationOff { get; private set; }

    public static bool IsValidId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxIdLength && id.All(c => c > ' ' && c < 127 && c != '/');

    public void RecordBoot(BootInfo boot, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(boot);
        Vendor = boot.Vendor;
        Model = boot.Model;
        ChargePointSerialNumber = boot.ChargePointSerialNumber;
        ChargeBoxSerialNumber = boot.ChargeBoxSerialNumber;
        FirmwareVersion = boot.FirmwareVersion;
        Iccid = boot.Iccid;
        Imsi = boot.Imsi;
        MeterType = boot.MeterType;
        MeterSerialNumber = boot.MeterSerialNumber;
        LastBootAt = at;
        MarkSeen(at);
    }

    /// <summary>Moves last-seen forward only: a late flush never moves it back.</summary>
    public void MarkSeen(DateTimeOffset at)
    {
        if (LastSeenAt is null || at > LastSeenAt)
        {
            LastSeenAt = at;
        }
    }

    /// <summary>Sets or replaces the key. A key alone does not change the profile: profile 0 with a key is a key prepared for an upgrade.</summary>
    public void SetKeyHash(string keyHash)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyHash);
        KeyHash = keyHash;
    }

    /// <summary>Removes the key; without a key the charge point can only use profile 0.</summary>
    public void ClearKey()
    {
        KeyHash = null;
        SecurityProfile = SecurityProfile.None;
    }

    /// <summary>Profiles 1 and 2 authenticate with the key, so they need one.</summary>
    public void ChangeSecurityProfile(SecurityProfile profile)
    {
        if (!Enum.IsDefined(profile))
        {
            throw new ArgumentOutOfRangeException(nameof(profile), profile, "Security profile 0, 1 or 2.");
        }

        if (profile != SecurityProfile.None && KeyHash is null)
        {
            throw new InvalidOperationException($"Security profile {(int)profile} needs a key; set one first.");
        }

        SecurityProfile = profile;
    }

    public void Approve()
    {
        Approval = ChargePointApproval.Approved;
        IsNew = false;
    }

    public void Reject()
    {
        Approval = ChargePointApproval.Rejected;
        IsNew = false;
    }

    public void Rename(string? name) => Name = name;

    /// <summary>Switches the automatic actions for this charge point on or off.</summary>
    public void ConfigureAutomation(bool playbooks, bool continuation)
    {
        PlaybooksOff = !playbooks;
        ContinuationOff = !continuation;
    }

    public void MarkReviewed() => IsNew = false;

    public void RecordFirmwareStatus(string status) => FirmwareStatus = status;

    public void RecordDiagnosticsStatus(string status) => DiagnosticsStatus = status;
}
