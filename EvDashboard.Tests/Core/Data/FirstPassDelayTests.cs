using System.Threading.Channels;
using EvDashboard.Core.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EvDashboard.Tests.Core.Data;

public sealed class FirstPassDelayTests
{
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task WaitAsync_HoldsUntilTheHostHasStartedAndThenForTheDelay()
    {
        var timers = new HandFiredTimers();
        var lifetime = new StartableLifetime();
        var delay = new FirstPassDelay(Options.Create(new DatabaseOptions { FirstPassDelaySeconds = 5 }), timers, lifetime);

        var waiting = delay.WaitAsync(CancellationToken.None);
        await Task.Delay(100);
        Assert.False(waiting.IsCompleted);
        Assert.Empty(timers.Created);

        lifetime.Start();
        var timer = await timers.NextAsync().WaitAsync(s_patience);
        Assert.Equal(TimeSpan.FromSeconds(5), timer.Due);
        Assert.False(waiting.IsCompleted);

        timer.Fire();
        await waiting.WaitAsync(s_patience);
    }

    [Fact]
    public async Task WaitAsync_NoDelay_CompletesWithoutWaitingForTheHostOrATimer()
    {
        var timers = new HandFiredTimers();
        var delay = new FirstPassDelay(Options.Create(new DatabaseOptions { FirstPassDelaySeconds = 0 }), timers, new StartableLifetime());

        await delay.WaitAsync(CancellationToken.None).WaitAsync(s_patience);

        Assert.Empty(timers.Created);
    }

    [Fact]
    public async Task WaitAsync_HostStoppingBeforeItStarted_EndsTheWaitAsCancelled()
    {
        var delay = new FirstPassDelay(Options.Create(new DatabaseOptions()), new HandFiredTimers(), new StartableLifetime());
        using var stopping = new CancellationTokenSource();

        var waiting = delay.WaitAsync(stopping.Token);
        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(s_patience));
    }

    [Fact]
    public void Options_DefaultHoldsFirstPassesFiveSeconds()
    {
        Assert.Equal(5, new DatabaseOptions().FirstPassDelaySeconds);
    }

    private sealed class StartableLifetime : IHostApplicationLifetime
    {
        private readonly CancellationTokenSource _started = new();

        public CancellationToken ApplicationStarted => _started.Token;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void Start() => _started.Cancel();

        public void StopApplication()
        {
        }
    }

    /// <summary>Records every timer asked for; a timer fires only when the test says so.</summary>
    private sealed class HandFiredTimers : TimeProvider
    {
        private readonly Channel<HandFiredTimer> _next = Channel.CreateUnbounded<HandFiredTimer>();

        public List<HandFiredTimer> Created { get; } = [];

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = new HandFiredTimer(() => callback(state), dueTime);
            lock (Created)
            {
                Created.Add(timer);
            }

            _next.Writer.TryWrite(timer);
            return timer;
        }

        public async Task<HandFiredTimer> NextAsync() => await _next.Reader.ReadAsync();
    }

    private sealed class HandFiredTimer(Action fire, TimeSpan due) : ITimer
    {
        public TimeSpan Due { get; } = due;

        public void Fire() => fire();

        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
