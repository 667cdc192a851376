using Microsoft.AspNetCore.SignalR;

namespace EvDashboard.Hubs;

/// <summary>
/// The live feed for outside screens and systems at <c>/hubs/live</c>. A new connection receives the events
/// of every charge point; <see cref="SubscribeChargePoint"/> narrows it to the charge points named (one
/// group per charge point id), <see cref="SubscribeAll"/> widens it again. A connection is never in the
/// "all" group and a charge point group at once, so no event reaches it twice.
/// </summary>
internal sealed class LiveHub : Hub<ILiveClient>
{
    public const string Path = "/hubs/live";

    public const string AllGroup = "all";

    public const int MaxChargePointIdLength = 64;

    public const int MaxSubscriptions = 1_000;

    private const string ChargePointsKey = "evd.chargePoints";

    public static string GroupFor(string chargePointId) => $"cp:{chargePointId}";

    public override async Task OnConnectedAsync() => await Groups.AddToGroupAsync(Context.ConnectionId, AllGroup, Context.ConnectionAborted);

    /// <summary>From now on, receive only the events of the charge points subscribed to.</summary>
    public async Task SubscribeChargePoint(string chargePointId)
    {
        if (string.IsNullOrWhiteSpace(chargePointId) || chargePointId.Length > MaxChargePointIdLength)
        {
            throw new HubException($"chargePointId must be 1 to {MaxChargePointIdLength} characters.");
        }

        var subscribed = Subscribed();
        if (subscribed.Count >= MaxSubscriptions)
        {
            throw new HubException($"At most {MaxSubscriptions} charge points per connection; use SubscribeAll for more.");
        }

        if (subscribed.Count == 0)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, AllGroup, Context.ConnectionAborted);
        }

        if (subscribed.Add(chargePointId))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, GroupFor(chargePointId), Context.ConnectionAborted);
        }
    }

    /// <summary>Stop receiving one charge point's events; after the last one, nothing is received until a new subscription.</summary>
    public async Task UnsubscribeChargePoint(string chargePointId)
    {
        if (chargePointId is not null && Subscribed().Remove(chargePointId))
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupFor(chargePointId), Context.ConnectionAborted);
        }
    }

    /// <summary>Receive every charge point's events again (the state of a new connection).</summary>
    public async Task SubscribeAll()
    {
        var subscribed = Subscribed();
        foreach (var chargePointId in subscribed)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupFor(chargePointId), Context.ConnectionAborted);
        }

        subscribed.Clear();
        await Groups.AddToGroupAsync(Context.ConnectionId, AllGroup, Context.ConnectionAborted);
    }

    private HashSet<string> Subscribed()
    {
        if (Context.Items.TryGetValue(ChargePointsKey, out var value) && value is HashSet<string> set)
        {
            return set;
        }

        var created = new HashSet<string>(StringComparer.Ordinal);
        Context.Items[ChargePointsKey] = created;
        return created;
    }
}
