using System.Globalization;
using EvDashboard.Core.Tariffs;

namespace EvDashboard.Core.Billing;

/// <summary>A statement: one line per completed, priced session of one buyer in one period, oldest first.</summary>
internal static class StatementDrafts
{
    /// <summary>
    /// "statement:tag:ABC:2026-10-01:2026-11-01". Values are upper-cased because idTags compare regardless of case
    /// (OCPP 1.6 CiString). A buyer with sessions in more than one currency gets one statement per currency, the
    /// currency appended to the key.
    /// </summary>
    public static string IssueKey(StatementTarget target, string value, InvoiceRunRequest request, string? currencySuffix) =>
        string.Create(CultureInfo.InvariantCulture,
            $"statement:{(target == StatementTarget.Tag ? "tag" : "group")}:{value.ToUpperInvariant()}:{request.From:yyyy-MM-dd}:{request.To:yyyy-MM-dd}")
        + (currencySuffix is null ? string.Empty : ":" + currencySuffix);

    public static InvoiceDraft Create(
        string issueKey, InvoiceBuyer buyer, IReadOnlyList<PricedSession> sessions, (DateTimeOffset From, DateTimeOffset To) period,
        TimeZoneInfo zone, BillingOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(options);
        var lines = sessions.OrderBy(s => s.EndedAt).ThenBy(s => s.TransactionId)
            .Select((s, i) => new InvoiceLine(i + 1, Describe(s, zone), s.TransactionId, 1, "session", s.NetMinor, VatRate(s), s.VatMinor))
            .ToList();
        return new InvoiceDraft(
            InvoiceKind.Statement, options.StatementSeries, issueKey, sessions[0].Currency, buyer.Name, buyer.IdTag, buyer.Group,
            period.From, period.To, TransactionId: null, Credits: null, Reason: null, BillingJson.Serialize(options.Seller.Snapshot()),
            now.AddDays(options.PaymentTermsDays), lines);
    }

    /// <summary>"Session 123 · CP-01/1 · 2026-10-03 14:02 · 12.345 kWh" — the start in the site's time.</summary>
    public static string Describe(PricedSession session, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(session);
        var started = TimeZoneInfo.ConvertTime(session.StartedAt, zone);
        return string.Create(CultureInfo.InvariantCulture,
            $"Session {session.TransactionId} · {session.ChargePointId}/{session.ConnectorId} · {started:yyyy-MM-dd HH:mm} · {session.EnergyWh / 1000m:0.000} kWh");
    }

    private static decimal VatRate(PricedSession session) => TariffJson.DeserializeBreakdown(session.BreakdownJson).VatRatePercent;
}
