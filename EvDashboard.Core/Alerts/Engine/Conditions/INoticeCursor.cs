using EvDashboard.Core.Data;

namespace EvDashboard.Core.Alerts.Engine.Conditions;

/// <summary>A source that reads an append-only history from a durable cursor, moved in the pass's write unit.</summary>
internal interface INoticeCursor
{
    Task AdvanceAsync(WriteScope scope, CancellationToken cancellationToken);
}
