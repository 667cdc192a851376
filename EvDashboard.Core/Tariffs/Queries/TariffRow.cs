namespace EvDashboard.Core.Tariffs.Queries;

/// <summary>A tariff in the list: its current prices (and a one-line summary of them) and how many places use it.</summary>
public sealed record TariffRow(
    int Id,
    string Name,
    string? Description,
    string Currency,
    int CurrentVersion,
    string Summary,
    int AssignmentCount,
    bool IsArchived,
    DateTimeOffset UpdatedAt,
    TariffDefinition? Definition);
