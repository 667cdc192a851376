using EvDashboard.Core.Data;
using Microsoft.Extensions.Logging.Abstractions;

namespace EvDashboard.Tests.Core.Data;

public sealed class PeriodicFlusherTests
{
    [Fact]
    public async Task StopAsync_FlushFails_IsLoggedNotThrownAndTheFinalFlushWasTried()
    {
        var flusher = new FailingFlusher();
        await flusher.StartAsync(CancellationToken.None);

        var error = await Record.ExceptionAsync(() => flusher.StopAsync(CancellationToken.None));

        Assert.Null(error);
        Assert.Equal(1, flusher.Attempts);
    }

    private sealed class FailingFlusher() : PeriodicFlusher(TimeProvider.System, NullLogger.Instance)
    {
        public int Attempts { get; private set; }

        protected override TimeSpan Interval => TimeSpan.FromHours(1);

        internal override Task FlushAsync(CancellationToken cancellationToken)
        {
            Attempts++;
            throw new InvalidOperationException("disk full");
        }
    }
}
