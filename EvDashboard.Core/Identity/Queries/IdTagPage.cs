namespace EvDashboard.Core.Identity.Queries;

public sealed record IdTagPage(IReadOnlyList<IdTagRow> Rows, int Total);
