using System.Collections.Concurrent;
using System.Text;
using EvDashboard.Core.Ocpp.Commands;

namespace EvDashboard.Tests.Core.Healing;

/// <summary>A charge point connection that answers server calls from a script (in order; the last answer repeats) and keeps every call.</summary>
internal sealed class ScriptedMessenger : IChargePointMessenger
{
    private readonly ConcurrentQueue<CommandResult> _answers = new();

    public ConcurrentQueue<(string ChargePointId, string Action, string Payload)> Calls { get; } = new();

    public bool Connected { get; set; } = true;

    /// <summary>Called after each call is recorded: lets a test act as the charger (send its StartTransaction).</summary>
    public Func<string, Task>? OnCall { get; set; }

    public void Answer(params string[] statuses)
    {
        foreach (var status in statuses)
        {
            _answers.Enqueue(new CommandResult(CommandOutcome.Answered, $$"""{"status":"{{status}}"}""", null, null));
        }
    }

    public void TimeOut() => _answers.Enqueue(CommandResult.TimedOut(TimeSpan.FromSeconds(5)));

    public bool IsConnected(string chargePointId) => Connected;

    public async Task<CommandResult> CallAsync(string chargePointId, string action, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        Calls.Enqueue((chargePointId, action, Encoding.UTF8.GetString(payload.Span)));
        var answer = _answers.TryDequeue(out var next) ? next : new CommandResult(CommandOutcome.Answered, """{"status":"Accepted"}""", null, null);
        if (OnCall is not null)
        {
            await OnCall(action);
        }

        return answer;
    }
}
