namespace EvDashboard.Core.Data;

/// <summary>A queued unit of work; the writer runs it, then settles it after the batch commits or fails.</summary>
internal abstract class WriteWorkItem(CancellationToken cancellationToken)
{
    public CancellationToken CancellationToken { get; } = cancellationToken;

    public abstract Task RunAsync(WriteScope scope);

    public abstract void Succeed();

    public abstract void Fail(Exception exception);

    public abstract void Cancel();
}

internal sealed class WriteWorkItem<T>(Func<WriteScope, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    : WriteWorkItem(cancellationToken)
{
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T _result = default!;

    public Task<T> Completion => _completion.Task;

    public override async Task RunAsync(WriteScope scope) => _result = await work(scope, CancellationToken);

    public override void Succeed() => _completion.TrySetResult(_result);

    public override void Fail(Exception exception) => _completion.TrySetException(exception);

    public override void Cancel() => _completion.TrySetCanceled(CancellationToken);
}
