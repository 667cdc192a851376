using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using EvDashboard.Core.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Billing;

/// <summary>
/// Issues the statements of a period: one per idTag (or group) with completed, priced sessions that ended in it.
/// Each statement is its own unit of work, so a long run never holds the writer, progress is real, and a cancelled
/// or failed run keeps what it issued. Statements are keyed by buyer and period: a second run issues only what the
/// first did not.
/// </summary>
public sealed class InvoiceRun(
    DatabaseWriter writer,
    InvoiceIssuer issuer,
    IDbContextFactory<EvDashboardDbContext> contexts,
    SiteClock clock,
    AuditTrail auditTrail,
    IOptions<BillingOptions> options,
    ILogger<InvoiceRun> logger)
{
    public async Task<InvoiceRunResult> RunAsync(InvoiceRunRequest request, Actor actor, IProgress<InvoiceRunProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        if (request.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(request));
        }

        var period = (From: clock.StartOfLocalDate(request.From), To: clock.StartOfLocalDate(request.To));
        var planned = Plan(request, await LoadAsync(period, cancellationToken));
        var (issued, skipped, cancelled) = await IssueAllAsync(request, planned, period, actor, progress, cancellationToken);
        var outcome = new InvoiceRunResult(planned.Count, issued.Count, skipped, cancelled, issued);
        var periodText = request.ToString();
        await auditTrail.RecordAsync(actor, "invoice.run", periodText, AuditResult.Succeeded, Describe(request, outcome), null, CancellationToken.None);
        BillingLog.RunFinished(logger, periodText, request.Target, actor.Name, issued.Count, skipped, planned.Count);
        return outcome;
    }

    private async Task<(List<string> Issued, int Skipped, bool Cancelled)> IssueAllAsync(
        InvoiceRunRequest request, IReadOnlyList<PlannedStatement> planned, (DateTimeOffset From, DateTimeOffset To) period, Actor actor,
        IProgress<InvoiceRunProgress>? progress, CancellationToken cancellationToken)
    {
        var (issued, skipped) = (new List<string>(), 0);
        progress?.Report(new InvoiceRunProgress(0, planned.Count, 0, 0));
        try
        {
            foreach (var statement in planned)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = await IssueAsync(request, statement, period, actor, cancellationToken);
                if (result.IsNew)
                {
                    issued.Add(result.Number);
                }
                else
                {
                    skipped++;
                }

                progress?.Report(new InvoiceRunProgress(issued.Count + skipped, planned.Count, issued.Count, skipped));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // What was issued stays issued (each statement committed on its own); a new run picks up the rest.
            return (issued, skipped, true);
        }

        return (issued, skipped, false);
    }

    internal static IReadOnlyList<PlannedStatement> Plan(InvoiceRunRequest request, IReadOnlyList<PricedSession> sessions)
    {
        var byBuyer = sessions
            .Select(s => (Value: request.Target == StatementTarget.Tag ? s.IdTag : s.TagGroup, Session: s))
            .Where(x => x.Value is not null)
            .GroupBy(x => x.Value!.ToUpperInvariant(), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        var planned = new List<PlannedStatement>();
        foreach (var buyer in byBuyer)
        {
            var byCurrency = buyer.GroupBy(x => x.Session.Currency, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            foreach (var currency in byCurrency)
            {
                var suffix = byCurrency.Count > 1 ? currency.Key : null;
                var value = currency.First().Value!;
                planned.Add(new PlannedStatement(
                    StatementDrafts.IssueKey(request.Target, value, request, suffix), value, currency.Select(x => x.Session).ToList()));
            }
        }

        return planned;
    }

    private async Task<IReadOnlyList<PricedSession>> LoadAsync((DateTimeOffset From, DateTimeOffset To) period, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ended = PricedSessions.Of(db.ChargingSessions.AsNoTracking()).Where(s => s.EndedAt >= period.From && s.EndedAt < period.To);
        return await PricedSessions.Project(ended).ToListAsync(cancellationToken);
    }

    private Task<IssuedInvoice> IssueAsync(
        InvoiceRunRequest request, PlannedStatement statement, (DateTimeOffset From, DateTimeOffset To) period, Actor actor, CancellationToken cancellationToken) =>
        writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var buyer = request.Target == StatementTarget.Tag
                    ? await BuyerDirectory.ForTagAsync(scope.Db, statement.Value, sessionGroup: null, ct)
                    : await BuyerDirectory.ForGroupAsync(scope.Db, statement.Value, ct);
                var draft = StatementDrafts.Create(statement.IssueKey, buyer, statement.Sessions, period, clock.Zone, options.Value, clock.UtcNow);
                return await issuer.IssueAsync(scope, draft, actor.Name, ct);
            },
            cancellationToken);

    private static string Describe(InvoiceRunRequest request, InvoiceRunResult result) =>
        $"Per {request.Target.ToString().ToLowerInvariant()}: {result.Issued} issued, {result.Skipped} already issued, of {result.Total}"
        + (result.Cancelled ? "; cancelled" : string.Empty)
        + (result.IssuedNumbers.Count > 0 ? $" ({result.IssuedNumbers[0]}..{result.IssuedNumbers[^1]})" : string.Empty);
}
