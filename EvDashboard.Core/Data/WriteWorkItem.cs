namespace EvDashboard.Core.Data;

/// <summary>A queued unit of work; the writer runs it, then settles it after the batch commits or fails.</summary>
internal abstract class WriteWorkItem(Delegate origin, CancellationToken cancellationToken)
{
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The class whose code queued the unit (a lambda's compiler-made class is skipped), for the log.</summary>
    public string Origin
    {
        get
        {
            var type = origin.Method.DeclaringType;
            while (type is { Name: ['<', ..] } && type.DeclaringType is not null)
            {
                type = type.DeclaringType;
            }

            return type?.FullName ?? origin.Method.Name;
        }
    }

    public abstract Task RunAsync(WriteScope scope);

    public abstract void Succeed();

    public abstract void Fail(Exception exception);

    public abstract void Cancel();
}

internal sealed class WriteWorkItem<T>(Func<WriteScope, CancellationToken, Task<T>> work, Delegate origin, CancellationToken cancellationToken)
    : WriteWorkItem(origin, cancellationToken)
{
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T _result = default!;

    public Task<T> Completion => _completion.Task;

    public override async Task RunAsync(WriteScope scope) => _result = await work(scope, CancellationToken);

    public override void Succeed() => _completion.TrySetResult(_result);

    public override void Fail(Exception exception) => _completion.TrySetException(exception);

    public override void Cancel() => _completion.TrySetCanceled(CancellationToken);
}
