using System.Collections.Concurrent;
using System.Security.Cryptography;
using EvDashboard.Core.Data;

namespace EvDashboard.Reports.Jobs;

/// <summary>
/// Long exports run here, outside any page or request: each writes to its own file in the data folder's "exports"
/// subfolder, reports progress, can be cancelled, and is downloadable only by the account that started it. Jobs and
/// their files are forgotten an hour after they finish (and all files at start-up, when no job can own them).
/// </summary>
internal sealed class ExportJobs(SqliteDatabase database, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<ExportJobs> logger)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, ExportJob> _jobs = new(StringComparer.Ordinal);

    public string Folder { get; } = Path.Combine(database.DataDirectory ?? Path.GetTempPath(), "exports");

    /// <summary>Starts <paramref name="work"/> on the thread pool; it writes the file and reports rows through the job.</summary>
    public ExportJob Start(string owner, string fileName, string contentType, Func<ExportJob, Stream, CancellationToken, Task> work)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentNullException.ThrowIfNull(work);
        Directory.CreateDirectory(Folder);
        // 128 random bits: the id in the download URL cannot be guessed (the owner check stands behind it anyway).
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var job = new ExportJob(id, owner, fileName, contentType, Path.Combine(Folder, id + ".part"), time.GetUtcNow(), lifetime.ApplicationStopping);
        _jobs[id] = job;
        ExportJobLog.Started(logger, id, fileName);
        _ = Task.Run(() => RunAsync(job, work), CancellationToken.None);
        return job;
    }

    /// <summary>The job, if it exists and belongs to <paramref name="owner"/>; someone else's job is as good as absent.</summary>
    public ExportJob? Find(string id, string? owner) =>
        owner is not null && _jobs.TryGetValue(id, out var job) && string.Equals(job.Owner, owner, StringComparison.Ordinal) ? job : null;

    public bool Cancel(string id, string? owner)
    {
        if (Find(id, owner) is not { } job)
        {
            return false;
        }

        job.Cancel();
        return true;
    }

    /// <summary>A read-only stream of a finished job's file (it may be removed while read: the open handle keeps it).</summary>
    public static FileStream Open(ExportJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new FileStream(job.Path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
    }

    /// <summary>Forgets jobs that finished more than <see cref="Lifetime"/> ago (cancelling any still running that long) and deletes their files.</summary>
    public int Sweep()
    {
        var now = time.GetUtcNow();
        var removed = 0;
        foreach (var job in _jobs.Values)
        {
            if (now - (job.FinishedAt ?? job.StartedAt) < Lifetime)
            {
                continue;
            }

            job.Cancel();
            if (job.State != ExportJobState.Running && _jobs.TryRemove(job.Id, out _))
            {
                Delete(job.Path);
                job.Release();
                removed++;
            }
        }

        if (removed > 0)
        {
            ExportJobLog.Swept(logger, removed);
        }

        return removed;
    }

    /// <summary>At start-up: files left by an earlier run belong to no job and are removed.</summary>
    public void ClearFolder()
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }

        foreach (var path in Directory.EnumerateFiles(Folder))
        {
            Delete(path);
        }
    }

    private async Task RunAsync(ExportJob job, Func<ExportJob, Stream, CancellationToken, Task> work)
    {
        try
        {
            await using (var file = new FileStream(job.Path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete, 64 * 1024, FileOptions.Asynchronous))
            {
                await work(job, file, job.Token);
                await file.FlushAsync(job.Token);
            }

            job.Finish(ExportJobState.Completed, time.GetUtcNow());
            ExportJobLog.Completed(logger, job.Id, job.Written);
        }
        catch (OperationCanceledException) when (job.Token.IsCancellationRequested)
        {
            Delete(job.Path);
            job.Finish(ExportJobState.Cancelled, time.GetUtcNow());
            ExportJobLog.Cancelled(logger, job.Id, job.Written);
        }
        catch (Exception ex)
        {
            // The job's own failure is shown on the page; the exception is for the log, not the operator.
            Delete(job.Path);
            job.Finish(ExportJobState.Failed, time.GetUtcNow(), "The export failed; the server log has the details.");
            ExportJobLog.Failed(logger, job.Id, ex);
        }
    }

    private void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            ExportJobLog.DeleteFailed(logger, path, ex);
        }
    }
}
