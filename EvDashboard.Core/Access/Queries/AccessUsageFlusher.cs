using EvDashboard.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

namespace EvDashboard.Core.Access.Queries;

/// <summary>Writes the last-used times of API keys and display tokens every minute, and once more at shutdown.</summary>
internal sealed class AccessUsageFlusher(AccessUsage usage, DatabaseWriter writer, TimeProvider time) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: the final flush happens in StopAsync.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await base.StopAsync(cancellationToken);
            await FlushAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown timeout passed: a last-used time is information, not worth a crash on exit.
        }
    }

    internal async Task FlushAsync(CancellationToken cancellationToken)
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
