using EvDashboard.Core.Data;
using EvDashboard.Reports.Jobs;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace EvDashboard.Tests.Web.Reports;

public sealed class ExportJobsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("evd-export-jobs-").FullName;

    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));

    private readonly ExportJobs _jobs;

    public ExportJobsTests() =>
        _jobs = new ExportJobs(new SqliteDatabase($"Data Source={Path.Combine(_directory, "evd.db")}"), _time, new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance), NullLogger<ExportJobs>.Instance);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Cancel_RunningJob_OnlyByOwnerAndFileRemoved()
    {
        var job = _jobs.Start("alice", "x.csv", "text/csv", async (job, file, ct) =>
        {
            job.SetTotal(10);
            job.Advance(3);
            await file.WriteAsync("partial"u8.ToArray(), ct);
            await Task.Delay(Timeout.Infinite, ct);
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (job.Written < 3)
        {
            await Task.Delay(10, timeout.Token);
        }

        Assert.Equal(30, job.Percent);
        Assert.False(_jobs.Cancel(job.Id, "bob"));
        Assert.True(_jobs.Cancel(job.Id, "alice"));
        await SessionRangeExportTests.WaitAsync(job);

        Assert.Equal(ExportJobState.Cancelled, job.State);
        Assert.Empty(Directory.EnumerateFiles(_jobs.Folder));
    }

    [Fact]
    public async Task Sweep_AfterAnHour_ForgetsJobAndDeletesFile()
    {
        var job = _jobs.Start("alice", "x.csv", "text/csv", (job, file, ct) => file.WriteAsync("done"u8.ToArray(), ct).AsTask());
        await SessionRangeExportTests.WaitAsync(job);

        _time.Advance(TimeSpan.FromMinutes(59));
        var early = _jobs.Sweep();
        var kept = Directory.EnumerateFiles(_jobs.Folder).Count();
        _time.Advance(TimeSpan.FromMinutes(2));
        var late = _jobs.Sweep();

        Assert.Equal((0, 1, 1), (early, kept, late));
        Assert.Null(_jobs.Find(job.Id, "alice"));
        Assert.Empty(Directory.EnumerateFiles(_jobs.Folder));
    }

    [Fact]
    public void ClearFolder_AtStartUp_RemovesLeftoverFiles()
    {
        Directory.CreateDirectory(_jobs.Folder);
        File.WriteAllText(Path.Combine(_jobs.Folder, "old.part"), "from an earlier run");

        _jobs.ClearFolder();

        Assert.Empty(Directory.EnumerateFiles(_jobs.Folder));
    }

    [Fact]
    public async Task Start_FailingWork_FailedWithMessageAndNoFile()
    {
        var job = _jobs.Start("alice", "x.csv", "text/csv", (_, _, _) => throw new InvalidOperationException("boom"));
        await SessionRangeExportTests.WaitAsync(job);

        Assert.Equal(ExportJobState.Failed, job.State);
        Assert.Equal("The export failed; the server log has the details.", job.Error);
        Assert.Empty(Directory.EnumerateFiles(_jobs.Folder));
    }
}
