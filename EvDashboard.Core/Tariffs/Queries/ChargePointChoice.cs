namespace EvDashboard.Core.Tariffs.Queries;

/// <summary>A charge point for the pickers, with the connectors it has reported (1..n).</summary>
public sealed record ChargePointChoice(string Id, string? Name, IReadOnlyList<int> Connectors)
{
    public string Label => string.IsNullOrWhiteSpace(Name) ? Id : $"{Id} · {Name}";
}
