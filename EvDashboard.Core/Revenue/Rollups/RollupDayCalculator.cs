namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>Turns one day's inputs into its rollup rows; pure, so the rebuild, the worker and verify all compute the same way.</summary>
internal static class RollupDayCalculator
{
    public static RollupDayResult Compute(RollupWindow window, RollupInputs inputs)
    {
        var connectors = new SortedDictionary<(string, int), ConnectorDay>(Comparer<(string, int)>.Create(CompareKeys));
        foreach (var (chargePointId, connectorId) in inputs.Connectors)
        {
            connectors.TryAdd((chargePointId, connectorId), new ConnectorDay(chargePointId, connectorId, window.Day));
        }

        var hours = window.Hours.Select(h => new SiteHour(h.Start, window.Day, h.LocalHour, h.Weekday)).ToList();
        var revenue = new SortedDictionary<string, RevenueDay>(StringComparer.Ordinal);
        foreach (var session in inputs.Sessions)
        {
            AddSession(window, session, connectors, hours, revenue);
        }

        foreach (var ((chargePointId, connectorId), day) in connectors)
        {
            var timeline = inputs.Timelines.GetValueOrDefault((chargePointId, connectorId)) ?? new RollupTimeline();
            var connection = inputs.Connections.GetValueOrDefault(chargePointId) ?? RollupConnection.AlwaysOnline;
            RollupStateSeconds.Add(window, timeline, connection, day, hours);
        }

        var chargePoints = inputs.Authorizations.OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => new ChargePointDay(a.Key, window.Day) { Authorizations = a.Value.Count, RejectedAuthorizations = a.Value.Rejected })
            .ToList();
        return new RollupDayResult(window.Day, [.. connectors.Values], chargePoints, hours, [.. revenue.Values]);
    }

    private static void AddSession(
        RollupWindow window, RollupSession session, SortedDictionary<(string, int), ConnectorDay> connectors, List<SiteHour> hours,
        SortedDictionary<string, RevenueDay> revenue)
    {
        var startsToday = session.StartedAt >= window.Start && session.StartedAt < window.End;
        var endsToday = session.EndedAt is { } ended && session.Status == Sessions.SessionStatus.Completed && ended >= window.Start && ended < window.End;
        var curve = SessionEnergyCurve.For(session);
        var energy = curve.Between(window.Start, window.End);
        if (!startsToday && !endsToday && energy == 0)
        {
            return;
        }

        var key = (session.ChargePointId, session.ConnectorId);
        if (!connectors.TryGetValue(key, out var day))
        {
            day = new ConnectorDay(session.ChargePointId, session.ConnectorId, window.Day);
            connectors.Add(key, day);
        }

        day.EnergyWh += energy;
        day.Sessions += startsToday ? 1 : 0;
        day.FailedSessions += startsToday && session.IsFailed ? 1 : 0;
        for (var i = 0; i < hours.Count; i++)
        {
            var hour = window.Hours[i];
            hours[i].EnergyWh += curve.Between(hour.Start, hour.End);
            hours[i].SessionsStarted += session.StartedAt >= hour.Start && session.StartedAt < hour.End ? 1 : 0;
        }

        if (endsToday)
        {
            AddRevenue(window, session, revenue);
        }
    }

    private static void AddRevenue(RollupWindow window, RollupSession session, SortedDictionary<string, RevenueDay> revenue)
    {
        var key = string.Join('\u001f', session.ChargePointId, session.ConnectorId, session.Currency, session.TariffId, session.TagGroup);
        if (!revenue.TryGetValue(key, out var row))
        {
            row = new RevenueDay(session.ChargePointId, session.ConnectorId, window.Day, session.Currency, session.TariffId, session.TagGroup);
            revenue.Add(key, row);
        }

        row.Sessions++;
        row.EnergyWh += session.EnergyWh;
        row.NetMinor += session.NetMinor;
        row.VatMinor += session.VatMinor;
        row.GrossMinor += session.GrossMinor;
        row.DurationSeconds += Math.Max(0, (session.EndedAt!.Value.UtcTicks - session.StartedAt.UtcTicks) / TimeSpan.TicksPerSecond);
    }

    private static int CompareKeys((string ChargePointId, int ConnectorId) a, (string ChargePointId, int ConnectorId) b)
    {
        var byChargePoint = string.CompareOrdinal(a.ChargePointId, b.ChargePointId);
        return byChargePoint != 0 ? byChargePoint : a.ConnectorId.CompareTo(b.ConnectorId);
    }
}
