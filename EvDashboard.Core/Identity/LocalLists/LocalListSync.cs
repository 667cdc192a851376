using System.Text.Json;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using EvDashboard.Core.Ocpp.Commands;
using EvDashboard.Core.Ocpp.V16;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Identity.LocalLists;

/// <summary>
/// Sends a charge point its Local Authorization List (OCPP 1.6 §5.15 SendLocalList) and asks for its version
/// (§5.6 GetLocalListVersion), through <see cref="ChargePointCommandService"/>. The charger's size limits (§9.2) are read
/// once with GetConfiguration: a list it cannot hold is not sent, and an update longer than one message allows goes in
/// parts. Only accepted parts become the content a later differential update is computed against.
/// </summary>
public sealed class LocalListSync(
    ChargePointCommandService commands, IDbContextFactory<EvDashboardDbContext> contexts, DatabaseWriter writer, AuditTrail auditTrail, TimeProvider time)
{
    public async Task<LocalListSendResult> SendAsync(string chargePointId, UpdateType updateType, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var update = await PlanAsync(chargePointId, updateType, cancellationToken);
        if (update is null)
        {
            return Refused("The charger has accepted no list from us yet: send the full list first.");
        }

        var limits = update.Limits ?? await ReadLimitsAsync(chargePointId, actor, cancellationToken);
        if (limits is null)
        {
            return Refused("The charger did not answer GetConfiguration, so its list limits are unknown: nothing was sent.");
        }

        if (limits.LocalAuthListMaxLength is { } capacity && update.Desired.Count > capacity)
        {
            return Refused($"The list has {update.Desired.Count} idTag(s) but the charger holds at most {capacity} (LocalAuthListMaxLength): nothing was sent.");
        }

        var result = await SendPartsAsync(chargePointId, update, LocalListPlan.Split(updateType, update.Entries, limits.SendLocalListMaxLength), actor, cancellationToken);
        return result.Accepted && limits.LocalAuthListEnabled == false
            ? result with { Message = result.Message + " Note: the charger reports LocalAuthListEnabled = false, so it does not use its list." }
            : result;
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

    /// <summary>The update to send; null when a differential update has nothing accepted to build on.</summary>
    private async Task<LocalListUpdate?> PlanAsync(string chargePointId, UpdateType updateType, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var state = await db.LocalListStates.AsNoTracking().FirstOrDefaultAsync(s => s.ChargePointId == chargePointId, cancellationToken);
        if (updateType == UpdateType.Differential && state?.AcceptedVersion is null)
        {
            return null;
        }

        var desired = await LocalListReader.DesiredAsync(db, time.GetUtcNow(), cancellationToken);
        var held = state?.AcceptedVersion is null ? [] : await LocalListReader.HeldAsync(db, chargePointId, cancellationToken);
        var entries = updateType == UpdateType.Full ? LocalListPlan.Full(desired) : LocalListPlan.Changes(desired, held);
        return new LocalListUpdate(desired, held, entries, state?.NextVersion ?? 1, state?.LimitsReadAt is null ? null : state.Limits);
    }

    /// <summary>Reads SendLocalListMaxLength, LocalAuthListMaxLength and LocalAuthListEnabled (§9.2) and keeps them; null when unanswered.</summary>
    private async Task<LocalListLimits?> ReadLimitsAsync(string chargePointId, Actor actor, CancellationToken cancellationToken)
    {
        var request = new GetConfigurationRequest { Key = LocalListLimits.Keys };
        var payload = JsonSerializer.SerializeToElement(request, OcppJsonContext.Default.GetConfigurationRequest);
        var result = await commands.SendAsync(chargePointId, OcppActions.GetConfiguration, payload, actor.Name, cancellationToken);
        var limits = result.Outcome == CommandOutcome.Answered
            ? LocalListLimits.From(JsonSerializer.Deserialize(result.ResponseJson!, OcppJsonContext.Default.GetConfigurationResponse)!)
            : null;
        await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                if (limits is not null)
                {
                    (await StateAsync(scope, chargePointId, ct)).LimitsRead(limits, time.GetUtcNow());
                }

                AuditTrail.Append(scope, auditTrail.Entry(actor, "locallist.limits", chargePointId, limits is null ? AuditResult.Failed : AuditResult.Succeeded,
                    limits?.Describe() ?? result.Outcome.ToString()));
            },
            CancellationToken.None);
        return limits;
    }

    private async Task<LocalListSendResult> SendPartsAsync(
        string chargePointId, LocalListUpdate update, IReadOnlyList<LocalListPart> parts, Actor actor, CancellationToken cancellationToken)
    {
        var held = update.Held;
        for (var i = 0; i < parts.Count; i++)
        {
            var version = update.Version + i;
            var (outcome, answer) = await SendPartAsync(chargePointId, parts[i], version, actor, cancellationToken);
            var accepted = answer == nameof(UpdateStatus.Accepted);
            held = accepted ? LocalListPlan.Apply(held, parts[i], update.Desired) : held;
            var partLabel = parts.Count == 1 ? string.Empty : $" (part {i + 1} of {parts.Count})";
            await RecordSendAsync(chargePointId, parts[i], version, answer, accepted ? held : null, actor, partLabel);
            if (!accepted)
            {
                var holds = i == 0 ? string.Empty : $" The charger holds version {version - 1} with {held.Count} idTag(s): send changes to finish.";
                return new LocalListSendResult(false, version, outcome, $"{parts[0].UpdateType} list version {version}{partLabel} not accepted: {answer}.{holds}");
            }
        }

        var last = update.Version + parts.Count - 1;
        var sent = parts.Sum(p => p.Entries.Count);
        return new LocalListSendResult(true, last, CommandOutcome.Answered, parts.Count == 1
            ? $"{parts[0].UpdateType} list version {last} accepted ({sent} idTag(s) sent)."
            : $"{parts[0].UpdateType} list sent in {parts.Count} messages, versions {update.Version} to {last}, all accepted ({sent} idTag(s) sent).");
    }

    private async Task<(CommandOutcome Outcome, string Answer)> SendPartAsync(
        string chargePointId, LocalListPart part, int version, Actor actor, CancellationToken cancellationToken)
    {
        var request = new SendLocalListRequest { ListVersion = version, UpdateType = part.UpdateType, LocalAuthorizationList = part.Entries };
        var payload = JsonSerializer.SerializeToElement(request, OcppJsonContext.Default.SendLocalListRequest);
        var result = await commands.SendAsync(chargePointId, OcppActions.SendLocalList, payload, actor.Name, cancellationToken);
        var status = result.Outcome == CommandOutcome.Answered ? AnswerStatus(result.ResponseJson) : null;
        return (result.Outcome, status?.ToString() ?? $"{result.Outcome}: {result.ErrorCode} {result.ErrorDescription}".TrimEnd());
    }

    /// <summary>Keeps the charger's answer; <paramref name="held"/> (what it holds now) is null when it did not accept.</summary>
    private Task RecordSendAsync(
        string chargePointId, LocalListPart part, int version, string answer, IReadOnlyList<LocalListItem>? held, Actor actor, string partLabel) =>
        // Not cancellable: the charger has already answered, and what it now holds must be remembered.
        writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var state = await StateAsync(scope, chargePointId, ct);
                state.Sent(version, part.UpdateType, answer, held is not null, time.GetUtcNow());
                if (held is not null)
                {
                    scope.Db.LocalListEntries.RemoveRange(await scope.Db.LocalListEntries.Where(e => e.ChargePointId == chargePointId).ToListAsync(ct));
                    scope.Db.LocalListEntries.AddRange(held.Select(d => new LocalListEntry(chargePointId, d)));
                }

                AuditTrail.Append(scope, auditTrail.Entry(actor, "locallist.send", chargePointId, held is not null ? AuditResult.Succeeded : AuditResult.Failed,
                    $"{part.UpdateType} version {version}{partLabel}, {part.Entries.Count} idTag(s); charger answered {answer}"));
            },
            CancellationToken.None);

    private static LocalListSendResult Refused(string why) => new(false, null, null, why);

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
