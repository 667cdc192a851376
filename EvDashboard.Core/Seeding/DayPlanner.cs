using EvDashboard.Core.Identity;
using EvDashboard.Core.Stations;

namespace EvDashboard.Core.Seeding;

/// <summary>
/// Plans one local day: drivers arrive by <see cref="ArrivalPattern"/> and take a free connector (or wait for the one
/// that frees first); connectors sometimes fault or are taken out of service between visits; chargers sometimes go
/// offline for a while; and a few drivers are turned away at authorisation.
/// </summary>
internal sealed class DayPlanner(SeedFleet fleet, Random random, TimeZoneInfo zone, BulkWriter writer)
{
    private static readonly string[] FaultCodes = ["GroundFailure", "HighTemperature", "OverCurrentFailure", "PowerMeterFailure", "ConnectorLockFailure", "InternalError"];

    private readonly string[] _chargePoints = fleet.Connectors.Select(c => c.ChargePointId).Distinct(StringComparer.Ordinal).ToArray();

    public List<PlannedSession> Plan(DateOnly date, int count, DateTimeOffset now)
    {
        var dayStart = SeedFormat.StartOfLocalDate(date, zone);
        var latestArrival = now.AddMinutes(-15);
        var arrivals = new List<DateTimeOffset>(count);
        for (var i = 0; i < count; i++)
        {
            var arrival = dayStart.AddSeconds(ArrivalPattern.SecondOfDay(date.DayOfWeek, random));
            // Drawn whether needed or not, so that where "now" falls never shifts the random sequence of the rest.
            var fallback = random.NextDouble();
            arrivals.Add(arrival < latestArrival ? arrival : dayStart.AddSeconds(fallback * Math.Max(0, (latestArrival - dayStart).TotalSeconds)));
        }

        arrivals.Sort();
        var sessions = new List<PlannedSession>(count);
        foreach (var arrival in arrivals)
        {
            var connector = Choose(arrival);
            var pluggedAt = connector.FreeAt > arrival ? connector.FreeAt.AddSeconds(random.Next(60, 600)) : arrival;
            AddGapEvents(connector, pluggedAt);
            var tag = fleet.Tags[random.Next(fleet.Tags.Count)];
            var session = SessionShaper.Shape(connector, tag, pluggedAt, now.AddMinutes(-1), random);
            connector.FreeAt = session.UnpluggedAt.AddSeconds(30);
            MaybeReject(session);
            sessions.Add(session);
        }

        AddOfflinePeriods(dayStart, now);
        sessions.Sort((a, b) => a.StartedAt.CompareTo(b.StartedAt));
        return sessions;
    }

    private SeedConnector Choose(DateTimeOffset arrival)
    {
        var connectors = fleet.Connectors;
        var first = random.Next(connectors.Count);
        var earliest = connectors[first];
        for (var i = 0; i < connectors.Count; i++)
        {
            var candidate = connectors[(first + i) % connectors.Count];
            if (candidate.FreeAt <= arrival)
            {
                return candidate;
            }

            earliest = candidate.FreeAt < earliest.FreeAt ? candidate : earliest;
        }

        return earliest;
    }

    /// <summary>A fault (or a maintenance stop) fits in a long idle gap before the next visit, and clears before it.</summary>
    private void AddGapEvents(SeedConnector connector, DateTimeOffset nextPlugIn)
    {
        var gap = nextPlugIn - connector.FreeAt;
        if (gap < TimeSpan.FromHours(2) || random.NextDouble() >= 0.04)
        {
            return;
        }

        var from = connector.FreeAt.AddMinutes(random.Next(5, 30));
        var to = from.AddMinutes(random.Next(10, (int)Math.Min(180, (nextPlugIn - from).TotalMinutes - 5)));
        var isFault = random.NextDouble() < 0.7;
        var code = isFault ? FaultCodes[random.Next(FaultCodes.Length)] : "NoError";
        InsertStatus(connector, isFault ? ConnectorStatus.Faulted : ConnectorStatus.Unavailable, code, isFault ? null : "Maintenance",
            isFault ? $"E{random.Next(100, 999)}" : null, from);
        InsertStatus(connector, ConnectorStatus.Available, "NoError", null, null, to);
    }

    private void MaybeReject(PlannedSession session)
    {
        if (random.NextDouble() >= 0.02)
        {
            return;
        }

        var known = random.Next(3) == 0;
        var tag = known ? session.Tag.Value : $"UNK{random.Next(1_000_000):D6}";
        writer.Authorizations.Insert(session.Connector.ChargePointId, tag, known ? nameof(AuthorizationOutcome.Blocked) : nameof(AuthorizationOutcome.Invalid),
            known ? 1 : 0, SeedFormat.Ticks(session.PluggedAt.AddSeconds(-random.Next(30, 300))), "Authorize", null, null);
        writer.RowsWritten(1);
    }

    private void AddOfflinePeriods(DateTimeOffset dayStart, DateTimeOffset now)
    {
        foreach (var chargePoint in _chargePoints)
        {
            if (random.NextDouble() >= 0.03)
            {
                continue;
            }

            var offline = dayStart.AddSeconds(random.Next(86_400));
            var online = offline.AddMinutes(random.Next(2, 120));
            if (online < now)
            {
                writer.Connections.Insert(chargePoint, 0, SeedFormat.Ticks(offline));
                writer.Connections.Insert(chargePoint, 1, SeedFormat.Ticks(online));
                writer.RowsWritten(2);
            }
        }
    }

    private void InsertStatus(SeedConnector connector, ConnectorStatus status, string errorCode, string? info, string? vendorErrorCode, DateTimeOffset at)
    {
        writer.Statuses.Insert(connector.ChargePointId, connector.ConnectorId, status.ToString(), errorCode, info,
            vendorErrorCode is null ? null : "SeedVendor", vendorErrorCode, SeedFormat.Ticks(at), SeedFormat.Ticks(at.AddSeconds(1)));
        writer.RowsWritten(1);
    }
}
