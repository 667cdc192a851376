using System.Globalization;

namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>Each rollup row as (key, every figure) text: how verify compares stored rows with recomputed ones and reports a difference.</summary>
internal static class RollupRowText
{
    public static Dictionary<string, string> Of(
        IEnumerable<ConnectorDay> connectorDays, IEnumerable<ChargePointDay> chargePointDays, IEnumerable<SiteHour> siteHours, IEnumerable<RevenueDay> revenueDays)
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in connectorDays)
        {
            rows[Text($"ConnectorDay {d.ChargePointId}/{d.ConnectorId} {Date(d.Day)}")] = Text(
                $"energy {d.EnergyWh} Wh, sessions {d.Sessions}, failed {d.FailedSessions}, charging {d.ChargingSeconds} s, occupied {d.OccupiedSeconds} s, ") + Text(
                $"available {d.AvailableSeconds} s, faulted {d.FaultedSeconds} s, unavailable {d.UnavailableSeconds} s, offline {d.OfflineSeconds} s, unknown {d.UnknownSeconds} s");
        }

        foreach (var d in chargePointDays)
        {
            rows[Text($"ChargePointDay {d.ChargePointId} {Date(d.Day)}")] = Text($"authorizations {d.Authorizations}, rejected {d.RejectedAuthorizations}");
        }

        foreach (var h in siteHours)
        {
            rows[Text($"SiteHour {h.StartUtc.UtcDateTime:yyyy-MM-ddTHH:mm}Z")] = Text(
                $"day {Date(h.Day)}, hour {h.LocalHour}, weekday {h.Weekday}, energy {h.EnergyWh} Wh, started {h.SessionsStarted}, occupied {h.OccupiedSeconds} s, observed {h.ObservedSeconds} s");
        }

        foreach (var r in revenueDays)
        {
            rows[Text($"RevenueDay {r.ChargePointId}/{r.ConnectorId} {Date(r.Day)} {r.Currency} tariff {r.TariffId} group '{r.TagGroup}'")] = Text(
                $"sessions {r.Sessions}, energy {r.EnergyWh} Wh, net {r.NetMinor}, vat {r.VatMinor}, gross {r.GrossMinor}, duration {r.DurationSeconds} s");
        }

        return rows;
    }

    /// <summary>"what: stored … / computed …" for every row that is missing, extra or different.</summary>
    public static IEnumerable<string> Differences(IReadOnlyDictionary<string, string> stored, IReadOnlyDictionary<string, string> computed)
    {
        foreach (var (key, expected) in computed.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var actual = stored.GetValueOrDefault(key);
            if (actual != expected)
            {
                yield return $"{key}: stored {actual ?? "(missing)"} / computed {expected}";
            }
        }

        foreach (var key in stored.Keys.Where(k => !computed.ContainsKey(k)).OrderBy(k => k, StringComparer.Ordinal))
        {
            yield return $"{key}: stored {stored[key]} / computed (no such row)";
        }
    }

    private static string Date(int day) => DateOnly.FromDayNumber(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
