using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Alerts.Queries;

/// <summary>Read models of the rules' settings and of a charge point's automation switches.</summary>
public sealed class AlertRuleQueries(IDbContextFactory<EvDashboardDbContext> contexts)
{
    /// <summary>Every rule in catalogue order.</summary>
    public async Task<IReadOnlyList<AlertRuleView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await db.AlertRuleSettings.AsNoTracking().ToDictionaryAsync(s => s.RuleKey, StringComparer.Ordinal, cancellationToken);
        var exclusions = await ExclusionsAsync(db, cancellationToken);
        return [.. AlertRuleCatalog.All.Select(r => AlertRuleView.From(r, settings.GetValueOrDefault(r.Key), [.. exclusions[r.Key]]))];
    }

    public async Task<AlertRuleView?> GetAsync(string ruleKey, CancellationToken cancellationToken)
    {
        if (AlertRuleCatalog.Find(ruleKey) is not { } definition)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var setting = await db.AlertRuleSettings.AsNoTracking().FirstOrDefaultAsync(s => s.RuleKey == definition.Key, cancellationToken);
        var excluded = await db.AlertRuleExclusions.AsNoTracking().Where(e => e.RuleKey == definition.Key)
            .OrderBy(e => e.ChargePointId).Select(e => e.ChargePointId).ToListAsync(cancellationToken);
        return AlertRuleView.From(definition, setting, excluded);
    }

    /// <summary>The charge point's automation switches and exclusions, or null when there is no such charge point.</summary>
    public async Task<ChargePointAutomation?> AutomationAsync(string chargePointId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var switches = await db.ChargePoints.AsNoTracking().Where(c => c.Id == chargePointId)
            .Select(c => new { c.Id, c.PlaybooksOff, c.ContinuationOff }).FirstOrDefaultAsync(cancellationToken);
        if (switches is null)
        {
            return null;
        }

        var excluded = await db.AlertRuleExclusions.AsNoTracking().Where(e => e.ChargePointId == switches.Id)
            .Select(e => e.RuleKey).ToListAsync(cancellationToken);
        var ordered = AlertRuleCatalog.All.Select(r => r.Key).Where(excluded.Contains).ToList();
        return new ChargePointAutomation(switches.Id, !switches.PlaybooksOff, !switches.ContinuationOff, ordered);
    }

    /// <summary>The ids of every charge point, for the exclusion pickers.</summary>
    public async Task<IReadOnlyList<string>> ChargePointIdsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ChargePoints.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
    }

    private static async Task<ILookup<string, string>> ExclusionsAsync(EvDashboardDbContext db, CancellationToken cancellationToken) =>
        (await db.AlertRuleExclusions.AsNoTracking().OrderBy(e => e.ChargePointId).Select(e => new { e.RuleKey, e.ChargePointId })
            .ToListAsync(cancellationToken)).ToLookup(e => e.RuleKey, e => e.ChargePointId, StringComparer.Ordinal);
}
