using System.Diagnostics;
using System.Globalization;
using EvDashboard.Core.Billing;
using EvDashboard.Core.Data;
using EvDashboard.Core.Sites;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Seeding;

/// <summary>
/// Creates realistic history ending now (charge points, idTags, tariffs, sessions with samples, status changes, costs
/// and receipts) for reports and benchmarks. Runs while the app is stopped, on the database the app uses.
/// </summary>
public sealed class HistorySeeder(SqliteDatabase database, SiteClock clock, IOptions<BillingOptions> billing)
{
    /// <summary>True when the ledger already has sessions (seeding then needs --append).</summary>
    public async Task<bool> HasSessionsAsync(CancellationToken cancellationToken)
    {
        await using var db = Context(new SqliteConnection(database.ConnectionString));
        return await db.ChargingSessions.AnyAsync(cancellationToken);
    }

    public async Task<SeedSummary> SeedAsync(SeedRequest request, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        var stopwatch = Stopwatch.StartNew();
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await PrepareAsync(connection, cancellationToken);
        await using var db = Context(connection);
        var now = clock.UtcNow;
        // The last day planned needs room before "now" for its share of sessions: just after midnight today has none, and
        // its sessions would all queue on the connectors at midnight and end after now. Early in the day, yesterday is last.
        var local = clock.ToLocal(now).DateTime;
        var today = DateOnly.FromDateTime(local.TimeOfDay < TimeSpan.FromHours(6) ? local.AddDays(-1) : local);
        var firstDay = today.AddDays(1 - request.Days);
        var random = new Random(request.RandomSeed);
        var fleet = await FleetBuilder.BuildAsync(db, request, random, SeedFormat.StartOfLocalDate(firstDay, clock.Zone).AddDays(-1), cancellationToken);
        var tariffs = await TariffChooser.LoadAsync(db, fleet, cancellationToken);
        var start = await StartingPointAsync(db, cancellationToken);
        using var writer = new BulkWriter(connection);
        var receipts = new ReceiptBook(writer, billing.Value, clock.Zone, now, start.InvoiceId, start.Counters);
        WriteDays(request, new DayPlanner(fleet, random, clock.Zone, writer), new SessionRecorder(writer, tariffs, receipts, clock.Zone), receipts,
            (firstDay, now, start.TransactionId), progress, stopwatch, cancellationToken);
        receipts.IssueAll();
        FinishCounters(writer, billing.Value.ReceiptSeries, receipts.Counters);
        FinishConnectors(writer, fleet, now);
        writer.Commit();
        return new SeedSummary(
            [KeyValuePair.Create("ChargePoints", (long)fleet.Connectors.Select(c => c.ChargePointId).Distinct().Count()),
             KeyValuePair.Create("Connectors", (long)fleet.Connectors.Count), KeyValuePair.Create("IdTags", (long)fleet.Tags.Count + SeedNames.Companies.Count),
             .. writer.Counts],
            stopwatch.Elapsed);
    }

    /// <summary>Plans and writes the days in order; a day's receipts wait until the next day starts, when no earlier stop can still come.</summary>
    private void WriteDays(
        SeedRequest request, DayPlanner planner, SessionRecorder recorder, ReceiptBook receipts, (DateOnly FirstDay, DateTimeOffset Now, int FirstTransactionId) at,
        TextWriter progress, Stopwatch stopwatch, CancellationToken cancellationToken)
    {
        var counts = DayCounts(request.Sessions, at.FirstDay, request.Days);
        var transactionId = at.FirstTransactionId;
        var reported = 0;
        for (var day = 0; day < request.Days; day++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var date = at.FirstDay.AddDays(day);
            receipts.IssueBefore(SeedFormat.StartOfLocalDate(date, clock.Zone));
            foreach (var session in planner.Plan(date, counts[day], at.Now))
            {
                recorder.Record(transactionId++, session);
            }

            reported = Report(progress, transactionId - at.FirstTransactionId, request.Sessions, reported, stopwatch);
        }
    }

    /// <summary>Sessions per day, weekends quieter, adding up to exactly <paramref name="sessions"/>.</summary>
    internal static int[] DayCounts(int sessions, DateOnly firstDay, int days)
    {
        var weights = Enumerable.Range(0, days).Select(d => ArrivalPattern.DayWeight(firstDay.AddDays(d).DayOfWeek)).ToArray();
        var total = weights.Sum();
        var counts = new int[days];
        double cumulative = 0;
        var assigned = 0;
        for (var d = 0; d < days; d++)
        {
            cumulative += weights[d];
            var upTo = d == days - 1 ? sessions : (int)Math.Round(sessions * cumulative / total);
            counts[d] = upTo - assigned;
            assigned = upTo;
        }

        return counts;
    }

    private static EvDashboardDbContext Context(SqliteConnection connection) =>
        new(SqliteDatabase.ContextOptions(connection));

    /// <summary>
    /// Without a per-commit fsync (synchronous=NORMAL in WAL mode, still crash-safe for the file) and with a large page
    /// cache the bulk insert is several times faster; a seed interrupted halfway is simply run again on a fresh file.
    /// </summary>
    private static async Task PrepareAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY; PRAGMA foreign_keys=ON;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<(int TransactionId, long InvoiceId, Dictionary<int, int> Counters)> StartingPointAsync(EvDashboardDbContext db, CancellationToken cancellationToken)
    {
        var series = billing.Value.ReceiptSeries;
        var lastTransaction = await db.ChargingSessions.MaxAsync(s => (int?)s.TransactionId, cancellationToken) ?? 0;
        var lastInvoice = await db.Invoices.MaxAsync(i => (long?)i.Id, cancellationToken) ?? 0;
        var counters = await db.InvoiceCounters.AsNoTracking().Where(c => c.Series == series).ToDictionaryAsync(c => c.Year, c => c.Last, cancellationToken);
        return (lastTransaction + 1, lastInvoice + 1, counters);
    }

    private static void FinishCounters(BulkWriter writer, string series, IReadOnlyDictionary<int, int> counters)
    {
        using var command = writer.Transaction.Connection!.CreateCommand();
        command.Transaction = writer.Transaction;
        command.CommandText = "INSERT INTO \"InvoiceCounters\" (\"Series\", \"Year\", \"Last\") VALUES ($s, $y, $l) ON CONFLICT (\"Series\", \"Year\") DO UPDATE SET \"Last\" = excluded.\"Last\"";
        var year = command.Parameters.Add(new SqliteParameter("$y", 0));
        var last = command.Parameters.Add(new SqliteParameter("$l", 0));
        command.Parameters.AddWithValue("$s", series);
        foreach (var (y, l) in counters)
        {
            year.Value = y;
            last.Value = l;
            command.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Every seeded connector ends the history free (Available since its last driver left), like the status log says; and the charge points
    /// were last heard from when the history ends: the app's start-up
    /// then closes their last online period at that instant, not at their last reconnect long before.
    /// </summary>
    private static void FinishConnectors(BulkWriter writer, SeedFleet fleet, DateTimeOffset now)
    {
        using (var seen = writer.Transaction.Connection!.CreateCommand())
        {
            seen.Transaction = writer.Transaction;
            seen.CommandText = "UPDATE \"ChargePoints\" SET \"LastSeenAt\" = $now WHERE \"Id\" LIKE $prefix";
            seen.Parameters.AddWithValue("$now", now.UtcTicks);
            seen.Parameters.AddWithValue("$prefix", fleet.Prefix + "-%");
            seen.ExecuteNonQuery();
        }

        using var command = writer.Transaction.Connection!.CreateCommand();
        command.Transaction = writer.Transaction;
        command.CommandText = "UPDATE \"Connectors\" SET \"Status\" = 'Available', \"ErrorCode\" = 'NoError', \"StatusSince\" = " +
            "(SELECT MAX(\"Timestamp\") FROM \"ConnectorStatusChanges\" s WHERE s.\"ChargePointId\" = \"Connectors\".\"ChargePointId\" AND s.\"ConnectorId\" = \"Connectors\".\"ConnectorId\") " +
            "WHERE \"ChargePointId\" LIKE $prefix";
        command.Parameters.AddWithValue("$prefix", fleet.Prefix + "-%");
        command.ExecuteNonQuery();
    }

    private static int Report(TextWriter progress, int done, int total, int reported, Stopwatch stopwatch)
    {
        var percent = (int)(done * 100L / Math.Max(1, total));
        if (percent / 5 <= reported / 5 && done < total)
        {
            return reported;
        }

        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {percent,3} %  {done:N0} sessions  {stopwatch.Elapsed.TotalSeconds:F1} s"));
        return percent;
    }
}
