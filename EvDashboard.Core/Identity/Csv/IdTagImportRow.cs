using EvDashboard.Core.Identity.Queries;

namespace EvDashboard.Core.Identity.Csv;

/// <summary>One line of an import: what it would set, whether the idTag is new, and what is wrong with it.</summary>
public sealed record IdTagImportRow(int Line, string IdTag, IdTagSettings? Settings, bool IsNew, IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0 && Settings is not null;
}
