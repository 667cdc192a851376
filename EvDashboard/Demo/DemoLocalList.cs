using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Demo;

/// <summary>
/// A simulated charger's Local Authorization List (OCPP 1.6 §3.5, §5.15, §5.6), small enough that the dashboard's
/// splitting of long lists shows on the demo fleet too.
/// </summary>
internal sealed class DemoLocalList
{
    /// <summary>Entries in one SendLocalList (configuration key SendLocalListMaxLength).</summary>
    public const int SendMaxLength = 20;

    /// <summary>Entries the list can hold (configuration key LocalAuthListMaxLength).</summary>
    public const int MaxLength = 200;

    // IdTokens are CiString20: compared without case.
    private readonly Dictionary<string, IdTagInfo> _entries = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>0 while no list was ever installed (OCPP 1.6 §5.6).</summary>
    public int Version { get; private set; }

    public int Count => _entries.Count;

    public UpdateStatus Apply(SendLocalListRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var entries = request.LocalAuthorizationList ?? [];
        if (entries.Count > SendMaxLength)
        {
            return UpdateStatus.Failed;
        }

        // §5.15: a differential update must carry a higher version than the list it changes.
        if (request.UpdateType == UpdateType.Differential && request.ListVersion <= Version)
        {
            return UpdateStatus.VersionMismatch;
        }

        var next = request.UpdateType == UpdateType.Full
            ? new Dictionary<string, IdTagInfo>(StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, IdTagInfo>(_entries, StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            if (entry.IdTagInfo is { } info)
            {
                next[entry.IdTag] = info;
            }
            else if (request.UpdateType == UpdateType.Full)
            {
                return UpdateStatus.Failed;
            }
            else
            {
                next.Remove(entry.IdTag);
            }
        }

        if (next.Count > MaxLength)
        {
            return UpdateStatus.Failed;
        }

        _entries.Clear();
        foreach (var (idTag, info) in next)
        {
            _entries[idTag] = info;
        }

        Version = request.ListVersion;
        return UpdateStatus.Accepted;
    }
}
