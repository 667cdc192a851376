using System.Collections.Concurrent;
using EvDashboard.Core.Data;
using EvDashboard.Core.Stations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Core.Data;

/// <summary>Shared by the writer's test classes: a gate that holds the writer so units share a batch, and a row to add.</summary>
internal static class WriterTestSupport
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    public static readonly TimeSpan UnitTimeout = TimeSpan.FromSeconds(30);

    public static async Task<(Task Unit, TaskCompletionSource Release)> HoldWriterAsync(LedgerDatabase db)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var unit = db.WriteAsync(async (_, _) =>
        {
            started.SetResult();
            await release.Task;
        });
        await started.Task.WaitAsync(UnitTimeout);
        return (unit, release);
    }

    public static Task AddAsync(WriteScope scope, ConcurrentBag<SqliteTransaction>? transactions, string id)
    {
        transactions?.Add(scope.Transaction);
        scope.Db.ChargePoints.Add(new ChargePoint(id, null, T0, registeredOnFirstConnect: false));
        return Task.CompletedTask;
    }
}
