namespace EvDashboard.Core.Tariffs.Queries;

/// <summary>One tariff with its current definition, every version (newest first) and its assignments.</summary>
public sealed record TariffDetail(
    int Id,
    string Name,
    string? Description,
    string Currency,
    int CurrentVersion,
    bool IsArchived,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    TariffDefinition? Definition,
    IReadOnlyList<TariffVersionRow> Versions,
    IReadOnlyList<TariffAssignmentRow> Assignments);
