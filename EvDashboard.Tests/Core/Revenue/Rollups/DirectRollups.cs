using EvDashboard.Core.Data;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Revenue.Rollups;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Core.Revenue.Rollups;

/// <summary>
/// The rollups computed the slow, obvious way, independently of the product's day builder: whole-history timelines cut
/// at each local day and hour, decimal interpolation of each session's readings, plain LINQ grouping of sessions and
/// authorisations. Covers the days before today.
/// </summary>
internal sealed class DirectRollups(TimeZoneInfo zone)
{
    private readonly Dictionary<(string, int, DateOnly), ConnectorDay> _connectorDays = [];
    private readonly Dictionary<DateTimeOffset, SiteHour> _hours = [];

    public List<ConnectorDay> ConnectorDays => [.. _connectorDays.Values];

    public List<SiteHour> SiteHours => [.. _hours.Values];

    public List<RevenueDay> RevenueDays { get; } = [];

    public List<ChargePointDay> ChargePointDays { get; } = [];

    public static async Task<DirectRollups> ComputeAsync(EvDashboardDbContext db, TimeZoneInfo zone, DateOnly firstDay, DateOnly today)
    {
        var direct = new DirectRollups(zone);
        var connectors = await db.Connectors.AsNoTracking().Where(c => c.ConnectorId >= 1).Select(c => new { c.ChargePointId, c.ConnectorId }).ToListAsync();
        for (var date = firstDay; date < today; date = date.AddDays(1))
        {
            foreach (var c in connectors)
            {
                direct._connectorDays[(c.ChargePointId, c.ConnectorId, date)] = new ConnectorDay(c.ChargePointId, c.ConnectorId, date.DayNumber);
            }

            var weekday = ((int)date.DayOfWeek + 6) % 7;
            for (var hour = direct.Start(date); hour < direct.Start(date.AddDays(1)); hour = hour.AddHours(1))
            {
                direct._hours[hour] = new SiteHour(hour, date.DayNumber, TimeZoneInfo.ConvertTime(hour, zone).Hour, weekday);
            }
        }

        await direct.AddSessionsAsync(db, today);
        await direct.AddStatesAsync(db, firstDay, today);
        var records = await db.AuthorizationRecords.AsNoTracking().Select(a => new { a.ChargePointId, a.At, a.Outcome }).ToListAsync();
        direct.ChargePointDays.AddRange(records.GroupBy(a => (a.ChargePointId, Date: direct.DateOf(a.At))).Where(g => g.Key.Date < today)
            .Select(g => new ChargePointDay(g.Key.ChargePointId, g.Key.Date.DayNumber)
            {
                Authorizations = g.Count(),
                RejectedAuthorizations = g.Count(a => a.Outcome != AuthorizationOutcome.Accepted),
            }));
        return direct;
    }

    private DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    private DateTimeOffset Start(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The UTC start of the local clock hour holding <paramref name="instant"/> (the offset in force then decides a repeated hour).</summary>
    private DateTimeOffset HourOf(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return new DateTimeOffset(local.Year, local.Month, local.Day, local.Hour, 0, 0, local.Offset).ToUniversalTime();
    }

    private async Task AddSessionsAsync(EvDashboardDbContext db, DateOnly today)
    {
        var sessions = await db.ChargingSessions.AsNoTracking().ToListAsync();
        var tariffs = await db.TariffVersions.AsNoTracking().ToDictionaryAsync(v => v.Id, v => v.TariffId);
        var samples = (await db.MeterSamples.AsNoTracking()
                .Where(m => m.Measurand == SampledReading.EnergyRegister && m.Phase == "" && m.Wh != null)
                .Select(m => new { m.TransactionId, m.Timestamp, m.Wh, m.Location, m.Id }).ToListAsync())
            .Where(m => m.Location is "Outlet" or "Cable" or "EV")
            .ToLookup(m => m.TransactionId);
        foreach (var s in sessions)
        {
            var points = new List<(DateTimeOffset At, decimal Wh)> { (s.StartedAt, 0) };
            points.AddRange(samples[s.TransactionId].Where(m => m.Timestamp > s.StartedAt && m.Timestamp < s.EndedAt).OrderBy(m => m.Timestamp).ThenBy(m => m.Id)
                .Select(m => (m.Timestamp, (decimal)(m.Wh!.Value - s.MeterStartWh))));
            points.Add((s.EndedAt!.Value, s.EnergyWh));
            var startDate = DateOf(s.StartedAt);
            for (var date = startDate; date <= DateOf(s.EndedAt.Value) && date < today; date = date.AddDays(1))
            {
                var day = _connectorDays[(s.ChargePointId, s.ConnectorId, date)];
                day.EnergyWh += Energy(points, Start(date.AddDays(1))) - Energy(points, Start(date));
            }

            for (var hour = HourOf(s.StartedAt); hour <= s.EndedAt; hour = hour.AddHours(1))
            {
                if (_hours.TryGetValue(hour, out var siteHour))
                {
                    siteHour.EnergyWh += Energy(points, hour.AddHours(1)) - Energy(points, hour);
                }
            }

            if (startDate < today)
            {
                var started = _connectorDays[(s.ChargePointId, s.ConnectorId, startDate)];
                started.Sessions++;
                started.FailedSessions += s.EndedAt.Value - s.StartedAt < TimeSpan.FromSeconds(60) || s.EnergyWh < 100 ? 1 : 0;
                _hours[HourOf(s.StartedAt)].SessionsStarted++;
            }
        }

        AddRevenue(sessions, tariffs, today);
    }

    private void AddRevenue(List<ChargingSession> sessions, Dictionary<int, int> tariffs, DateOnly today) =>
        RevenueDays.AddRange(sessions.Where(s => DateOf(s.EndedAt!.Value) < today)
            .GroupBy(s => (s.ChargePointId, s.ConnectorId, Date: DateOf(s.EndedAt!.Value), Currency: s.CostCurrency ?? "",
                Tariff: s.TariffVersionId is { } v ? tariffs[v] : 0, Group: s.TagGroup ?? ""))
            .Select(g => new RevenueDay(g.Key.ChargePointId, g.Key.ConnectorId, g.Key.Date.DayNumber, g.Key.Currency, g.Key.Tariff, g.Key.Group)
            {
                Sessions = g.Count(),
                EnergyWh = g.Sum(s => s.EnergyWh),
                NetMinor = g.Sum(s => s.CostNetMinor ?? 0),
                VatMinor = g.Sum(s => s.CostVatMinor ?? 0),
                GrossMinor = g.Sum(s => s.CostTotalMinor ?? 0),
                DurationSeconds = g.Sum(s => (long)Math.Floor((s.EndedAt!.Value - s.StartedAt).TotalSeconds)),
            }));

    /// <summary>Cumulative energy at <paramref name="at"/> by linear interpolation in decimal, floored.</summary>
    private static long Energy(List<(DateTimeOffset At, decimal Wh)> points, DateTimeOffset at)
    {
        if (at <= points[0].At)
        {
            return 0;
        }

        for (var i = 1; i < points.Count; i++)
        {
            if (at <= points[i].At)
            {
                var (t0, e0) = points[i - 1];
                var (t1, e1) = points[i];
                return (long)Math.Floor(e0 + ((e1 - e0) * (at - t0).Ticks / (t1 - t0).Ticks));
            }
        }

        return (long)points[^1].Wh;
    }

    /// <summary>Each connector's whole history as one timeline of (second, change), walked once and cut at every local hour.</summary>
    private async Task AddStatesAsync(EvDashboardDbContext db, DateOnly firstDay, DateOnly today)
    {
        var statuses = (await db.ConnectorStatusChanges.AsNoTracking().Where(c => c.ConnectorId >= 1)
                .Select(c => new { c.ChargePointId, c.ConnectorId, c.Timestamp, c.Status, c.Id }).ToListAsync())
            .OrderBy(c => c.Timestamp).ThenBy(c => c.Id).ToLookup(c => (c.ChargePointId, c.ConnectorId));
        var connections = (await db.ConnectionEvents.AsNoTracking().Select(e => new { e.ChargePointId, e.At, e.IsOnline, e.Id }).ToListAsync())
            .OrderBy(e => e.At).ThenBy(e => e.Id).ToLookup(e => e.ChargePointId);
        var from = Seconds(Start(firstDay));
        var to = Seconds(Start(today));
        foreach (var key in _connectorDays.Keys.Select(k => (k.Item1, k.Item2)).Distinct().ToList())
        {
            var changes = statuses[key].Select(c => (Second: Seconds(c.Timestamp), Status: (ConnectorStatus?)c.Status, Online: (bool?)null))
                .Concat(connections[key.Item1].Select(e => (Second: Seconds(e.At), Status: (ConnectorStatus?)null, Online: (bool?)e.IsOnline)))
                .OrderBy(c => c.Second).ToList();
            ConnectorStatus? status = null;
            var online = true;
            var at = from;
            var i = 0;
            while (at < to)
            {
                for (; i < changes.Count && changes[i].Second <= at; i++)
                {
                    status = changes[i].Status ?? status;
                    online = changes[i].Online ?? online;
                }

                var next = Math.Min(to, i < changes.Count ? changes[i].Second : to);
                var hour = HourOf(DateTimeOffset.FromUnixTimeSeconds(at - 62_135_596_800L));
                next = Math.Min(next, Seconds(hour.AddHours(1)));
                Add(key, hour, next - at, online ? status : null, online);
                at = next;
            }
        }
    }

    private void Add((string ChargePointId, int ConnectorId) key, DateTimeOffset hour, long seconds, ConnectorStatus? status, bool online)
    {
        var day = _connectorDays[(key.ChargePointId, key.ConnectorId, DateOf(hour))];
        var siteHour = _hours[hour];
        if (!online)
        {
            day.OfflineSeconds += seconds;
            return;
        }

        switch (status)
        {
            case null: day.UnknownSeconds += seconds; return;
            case ConnectorStatus.Charging: day.ChargingSeconds += seconds; siteHour.OccupiedSeconds += seconds; break;
            case ConnectorStatus.Available: day.AvailableSeconds += seconds; break;
            case ConnectorStatus.Faulted: day.FaultedSeconds += seconds; break;
            case ConnectorStatus.Unavailable: day.UnavailableSeconds += seconds; break;
            default: day.OccupiedSeconds += seconds; siteHour.OccupiedSeconds += seconds; break;
        }

        siteHour.ObservedSeconds += seconds;
    }

    /// <summary>Whole seconds since 0001-01-01 (ticks truncated), the resolution the rollups count in.</summary>
    private static long Seconds(DateTimeOffset instant) => instant.UtcTicks / TimeSpan.TicksPerSecond;
}
