namespace EvDashboard.Reports.Jobs;

/// <summary>
/// One export running in the background into a file under the data folder: who started it, how far it is
/// (rows written of the total counted first) and how it ended. Progress is read by the page while the job writes.
/// </summary>
internal sealed class ExportJob
{
    private readonly CancellationTokenSource _cancellation;

    private long _written;

    private long _total;

    private int _state;

    internal ExportJob(string id, string owner, string fileName, string contentType, string path, DateTimeOffset startedAt, CancellationToken stopping)
    {
        Id = id;
        Owner = owner;
        FileName = fileName;
        ContentType = contentType;
        Path = path;
        StartedAt = startedAt;
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(stopping);
    }

    public string Id { get; }

    public string Owner { get; }

    /// <summary>The name the download is saved as.</summary>
    public string FileName { get; }

    public string ContentType { get; }

    internal string Path { get; }

    public DateTimeOffset StartedAt { get; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public ExportJobState State => (ExportJobState)Volatile.Read(ref _state);

    public string? Error { get; private set; }

    public long Written => Interlocked.Read(ref _written);

    public long Total => Interlocked.Read(ref _total);

    /// <summary>0–100; a finished job is at 100 even if rows were added or removed after they were counted.</summary>
    public int Percent => State == ExportJobState.Completed ? 100
        : Total <= 0 ? 0
        : (int)Math.Min(99, Written * 100 / Total);

    internal CancellationToken Token => _cancellation.Token;

    internal void SetTotal(long total) => Interlocked.Exchange(ref _total, total);

    internal void Advance(long rows = 1) => Interlocked.Add(ref _written, rows);

    internal void Cancel()
    {
        if (State == ExportJobState.Running)
        {
            _cancellation.Cancel();
        }
    }

    /// <summary>Called once the job is forgotten; the job is finished by then, so nothing cancels it any more.</summary>
    internal void Release() => _cancellation.Dispose();

    internal void Finish(ExportJobState state, DateTimeOffset at, string? error = null)
    {
        Error = error;
        FinishedAt = at;
        if (state == ExportJobState.Completed)
        {
            Interlocked.Exchange(ref _total, Written);
        }

        Volatile.Write(ref _state, (int)state);
    }
}
