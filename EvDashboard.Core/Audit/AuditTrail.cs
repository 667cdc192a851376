using EvDashboard.Core.Data;

namespace EvDashboard.Core.Audit;

/// <summary>
/// Appends audit entries. <see cref="Append"/> adds an entry to a unit of work that also makes the change, so
/// the change and its record commit together; <see cref="RecordAsync"/> is for actions with nothing else to
/// store (a sign-in, a refused request).
/// </summary>
public sealed class AuditTrail(DatabaseWriter writer, TimeProvider time)
{
    public static void Append(WriteScope scope, AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.Db.AuditEntries.Add(entry);
    }

    public AuditEntry Entry(Actor actor, string action, string? target, AuditResult result, string? details = null, string? remoteAddress = null) =>
        new(time.GetUtcNow(), actor, action, target, result, details, remoteAddress);

    public Task RecordAsync(Actor actor, string action, string? target, AuditResult result, string? details, string? remoteAddress, CancellationToken cancellationToken)
    {
        var entry = Entry(actor, action, target, result, details, remoteAddress);
        return writer.ExecuteAsync(
            (scope, _) =>
            {
                Append(scope, entry);
                return Task.CompletedTask;
            },
            cancellationToken);
    }
}
