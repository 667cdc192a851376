namespace EvDashboard.Core.Billing;

/// <summary>An invoice run over the site's local dates [From, To) — To is exclusive, so October is 10-01 to 11-01.</summary>
public sealed record InvoiceRunRequest(DateOnly From, DateOnly To, StatementTarget Target)
{
    public string? Problem() => To <= From ? "The period must end after it starts." : null;

    public override string ToString() => $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}";
}
