namespace EvDashboard.Core.Stations;

/// <summary>
/// How a charge point must connect: the security profiles of the OCPP 1.6 Security Whitepaper (§2), stored as
/// their number. Profile 3 (TLS client certificates) is not offered.
/// </summary>
public enum SecurityProfile
{
    /// <summary>Profile 0: no charge point authentication; ws or wss. For trusted networks only.</summary>
    None = 0,

    /// <summary>Profile 1: HTTP Basic authentication with the charge point's key; ws or wss.</summary>
    Basic = 1,

    /// <summary>Profile 2: TLS (wss only) and HTTP Basic authentication.</summary>
    TlsBasic = 2,
}
