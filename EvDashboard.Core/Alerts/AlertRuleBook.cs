using System.Collections.Frozen;
using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Alerts;

/// <summary>Every rule's effective settings, read in one go (a handful of rows) at the start of a pass or a notice.</summary>
public sealed class AlertRuleBook
{
    private readonly FrozenDictionary<string, EffectiveAlertRule> _rules;

    private AlertRuleBook(FrozenDictionary<string, EffectiveAlertRule> rules) => _rules = rules;

    public IEnumerable<EffectiveAlertRule> All => AlertRuleCatalog.All.Select(r => _rules[r.Key]);

    public EffectiveAlertRule this[string key] =>
        _rules.TryGetValue(key, out var rule) ? rule : throw new ArgumentException($"There is no alert rule '{key}'.", nameof(key));

    public static async Task<AlertRuleBook> LoadAsync(EvDashboardDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var settings = await db.AlertRuleSettings.AsNoTracking().ToDictionaryAsync(s => s.RuleKey, StringComparer.Ordinal, cancellationToken);
        var exclusions = (await db.AlertRuleExclusions.AsNoTracking().Select(e => new { e.RuleKey, e.ChargePointId }).ToListAsync(cancellationToken))
            .ToLookup(e => e.RuleKey, e => e.ChargePointId, StringComparer.Ordinal);
        return new AlertRuleBook(AlertRuleCatalog.All.ToFrozenDictionary(
            r => r.Key,
            r => EffectiveAlertRule.From(r, settings.GetValueOrDefault(r.Key), exclusions[r.Key].ToFrozenSet(StringComparer.Ordinal)),
            StringComparer.Ordinal));
    }
}
