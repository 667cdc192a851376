using System.Text.Json;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using EvDashboard.Core.Ocpp.Commands;
using EvDashboard.Core.Ocpp.V16;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Identity.LocalLists;

/// <summary>
/// Sends a charge point its Local Authorization List (OCPP 1.6 §5.15 SendLocalList) and asks for its version
/// (§5.6 GetLocalListVersion), through <see cref="ChargePointCommandService"/>. Only an accepted update becomes
/// the content a later differential update is computed against.
/// </summary>
public sealed class LocalListSync(
    ChargePointCommandService commands, IDbContextFactory<EvDashboardDbContext> contexts, DatabaseWriter writer, AuditTrail auditTrail, TimeProvider time)
{
    public async Task<LocalListSendResult> SendAsync(string chargePointId, UpdateType updateType, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        IReadOnlyList<LocalListItem> desired;
        IReadOnlyList<AuthorizationData> entries;
        int version;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var state = await db.LocalListStates.AsNoTracking().FirstOrDefaultAsync(s => s.ChargePointId == chargePointId, cancellationToken);
            if (updateType == UpdateType.Differential && state?.AcceptedVersion is null)
            {
                return new LocalListSendResult(false, null, null, "The charger has accepted no list from us yet: send the full list first.");
            }

            desired = await LocalListReader.DesiredAsync(db, time.GetUtcNow(), cancellationToken);
            entries = updateType == UpdateType.Full
                ? LocalListPlan.Full(desired)
                : LocalListPlan.Changes(desired, await LocalListReader.HeldAsync(db, chargePointId, cancellationToken));
            version = state?.NextVersion ?? 1;
        }

        var request = new SendLocalListRequest { ListVersion = version, UpdateType = updateType, LocalAuthorizationList = entries };
        var payload = JsonSerializer.SerializeToElement(request, OcppJsonContext.Default.SendLocalListRequest);
        var result = await commands.SendAsync(chargePointId, OcppActions.SendLocalList, payload, actor.Name, cancellationToken);
        var status = result.Outcome == CommandOutcome.Answered ? AnswerStatus(result.ResponseJson) : null;
        var accepted = status == UpdateStatus.Accepted;
        var answer = status?.ToString() ?? $"{result.Outcome}: {result.ErrorCode} {result.ErrorDescription}".TrimEnd();
        await RecordSendAsync(chargePointId, updateType, version, accepted, answer, desired, entries.Count, actor);
        var message = accepted
            ? $"{updateType} list version {version} accepted ({entries.Count} idTag(s) sent)."
            : $"{updateType} list version {version} not accepted: {answer}.";
        return new LocalListSendResult(accepted, version, result.Outcome, message);
    }

    /// <summary>Asks the charger for its list version and keeps the answer; null when it did not answer.</summary>
    public async Task<int?> RefreshVersionAsync(string chargePointId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        using var empty = JsonDocument.Parse("{}");
        var result = await commands.SendAsync(chargePointId, OcppActions.GetLocalListVersion, empty.RootElement, actor.Name, cancellationToken);
        int? version = result.Outcome == CommandOutcome.Answered
            ? JsonSerializer.Deserialize(result.ResponseJson!, OcppJsonContext.Default.GetLocalListVersionResponse)!.ListVersion
            : null;
        await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                if (version is { } reported)
                {
                    (await StateAsync(scope, chargePointId, ct)).Reported(reported, time.GetUtcNow());
                }

                AuditTrail.Append(scope, auditTrail.Entry(actor, "locallist.version", chargePointId,
                    version is null ? AuditResult.Failed : AuditResult.Succeeded, version is { } v ? $"Charger reports version {v}" : result.Outcome.ToString()));
            },
            CancellationToken.None);
        return version;
    }

    private Task RecordSendAsync(
        string chargePointId, UpdateType updateType, int version, bool accepted, string answer, IReadOnlyList<LocalListItem> desired, int sent, Actor actor) =>
        // Not cancellable: the charger has already answered, and what it now holds must be remembered.
        writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var state = await StateAsync(scope, chargePointId, ct);
                state.Sent(version, updateType, answer, accepted, time.GetUtcNow());
                if (accepted)
                {
                    scope.Db.LocalListEntries.RemoveRange(await scope.Db.LocalListEntries.Where(e => e.ChargePointId == chargePointId).ToListAsync(ct));
                    scope.Db.LocalListEntries.AddRange(desired.Select(d => new LocalListEntry(chargePointId, d)));
                }

                AuditTrail.Append(scope, auditTrail.Entry(actor, "locallist.send", chargePointId, accepted ? AuditResult.Succeeded : AuditResult.Failed,
                    $"{updateType} version {version}, {sent} idTag(s); charger answered {answer}"));
            },
            CancellationToken.None);

    private static async Task<LocalListState> StateAsync(WriteScope scope, string chargePointId, CancellationToken cancellationToken)
    {
        var state = await scope.Db.LocalListStates.FirstOrDefaultAsync(s => s.ChargePointId == chargePointId, cancellationToken);
        if (state is null)
        {
            state = new LocalListState(chargePointId);
            scope.Db.LocalListStates.Add(state);
        }

        return state;
    }

    private static UpdateStatus? AnswerStatus(string? responseJson) =>
        responseJson is null ? null : JsonSerializer.Deserialize(responseJson, OcppJsonContext.Default.SendLocalListResponse)?.Status;
}
