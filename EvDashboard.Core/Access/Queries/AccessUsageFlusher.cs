using EvDashboard.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Access.Queries;

/// <summary>Writes the last-used times of API keys and display tokens every minute, and once more at shutdown.</summary>
internal sealed class AccessUsageFlusher(AccessUsage usage, DatabaseWriter writer, TimeProvider time, ILogger<AccessUsageFlusher> logger)
    : PeriodicFlusher(time, logger)
{
    public static readonly TimeSpan FlushInterval = TimeSpan.FromMinutes(1);

    protected override TimeSpan Interval => FlushInterval;

    internal override async Task FlushAsync(CancellationToken cancellationToken)
    {
        var (apiKeys, displayTokens) = usage.Take();
        if (apiKeys.Count == 0 && displayTokens.Count == 0)
        {
            return;
        }

        await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                await UpdateAsync(scope, "ApiKeys", apiKeys, ct);
                await UpdateAsync(scope, "DisplayTokens", displayTokens, ct);
            },
            cancellationToken);
    }

    private static async Task UpdateAsync(WriteScope scope, string table, IReadOnlyDictionary<long, DateTimeOffset> used, CancellationToken cancellationToken)
    {
        if (used.Count == 0)
        {
            return;
        }

        await using var command = scope.CreateCommand(
            $"UPDATE {table} SET LastUsedAt = $at WHERE Id = $id AND (LastUsedAt IS NULL OR LastUsedAt < $at)");
        var id = command.Parameters.Add("$id", SqliteType.Integer);
        var at = command.Parameters.Add("$at", SqliteType.Integer);
        foreach (var (key, lastUsed) in used)
        {
            id.Value = key;
            at.Value = lastUsed.UtcTicks;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
