namespace EvDashboard.Core.Alerts;

/// <summary>A rule switched off for one charge point (a unit under maintenance, a known-bad meter).</summary>
public sealed class AlertRuleExclusion
{
    private AlertRuleExclusion()
    {
        RuleKey = ChargePointId = CreatedBy = string.Empty;
    }

    public AlertRuleExclusion(string ruleKey, string chargePointId, DateTimeOffset createdAt, string createdBy)
    {
        RuleKey = AlertRuleCatalog.Get(ruleKey).Key;
        ChargePointId = chargePointId;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
    }

    public string RuleKey { get; private set; }

    public string ChargePointId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }
}
