using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Data;

/// <summary>
/// The single way to write to the database. Units of work queue here and one writer
/// (<see cref="DatabaseWriterLoop"/>) runs them in batches inside one transaction: one durable commit
/// (one fsync) for everything that arrived meanwhile, and no SQLITE_BUSY between writers.
/// A caller's task completes only after its work is committed.
/// </summary>
public sealed class DatabaseWriter
{
    private readonly Channel<WriteWorkItem> _channel;

    public DatabaseWriter(IOptions<DatabaseOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _channel = Channel.CreateBounded<WriteWorkItem>(new BoundedChannelOptions(options.Value.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    internal ChannelReader<WriteWorkItem> Reader => _channel.Reader;

    /// <summary>Runs <paramref name="work"/> in the writer and returns its result once committed.</summary>
    public Task<T> ExecuteAsync<T>(Func<WriteScope, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        EnqueueAsync(work, work, cancellationToken);

    public Task ExecuteAsync(Func<WriteScope, CancellationToken, Task> work, CancellationToken cancellationToken) =>
        EnqueueAsync(
            async (scope, ct) =>
            {
                await work(scope, ct);
                return true;
            },
            work,
            cancellationToken);

    private async Task<T> EnqueueAsync<T>(Func<WriteScope, CancellationToken, Task<T>> work, Delegate origin, CancellationToken cancellationToken)
    {
        var item = new WriteWorkItem<T>(work, origin, cancellationToken);
        await _channel.Writer.WriteAsync(item, cancellationToken);
        return await item.Completion;
    }

    internal void Complete() => _channel.Writer.TryComplete();
}
