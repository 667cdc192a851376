using EvDashboard.Core.Stations;
using EvDashboard.Core.Stations.Queries;

namespace EvDashboard.Components.Pages.ChargePoints;

/// <summary>The words the charge point pages use for profiles and approval states.</summary>
internal static class ChargePointWords
{
    public static IReadOnlyList<ProfileChoice> Profiles { get; } =
    [
        new(SecurityProfile.None, "0 · No authentication (ws or wss)"),
        new(SecurityProfile.Basic, "1 · HTTP Basic key (ws or wss)"),
        new(SecurityProfile.TlsBasic, "2 · TLS + HTTP Basic key (wss only)"),
    ];

    public static string Profile(int profile) => profile switch
    {
        0 => "0 · none",
        1 => "1 · Basic",
        2 => "2 · TLS + Basic",
        _ => profile.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static string Approval(ChargePointApproval approval) => approval switch
    {
        ChargePointApproval.Pending => "Awaiting approval",
        ChargePointApproval.Rejected => "Rejected",
        _ => "Approved",
    };

    public static string ChangeFailure(ChargePointChangeResult result) => result switch
    {
        ChargePointChangeResult.AlreadyExists => "A charge point with this id already exists.",
        ChargePointChangeResult.NotFound => "This charge point no longer exists.",
        ChargePointChangeResult.Online => "It is connected: it can be removed once it has disconnected.",
        ChargePointChangeResult.HasSessions => "It has charging sessions. Sessions are the transaction ledger and are never deleted, so neither is the charge point they belong to.",
        ChargePointChangeResult.KeyRequired => "Security profiles 1 and 2 need a key: generate one first.",
        _ => result.ToString(),
    };
}
