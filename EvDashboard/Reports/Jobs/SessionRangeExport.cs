using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using EvDashboard.Components.Pages.Sessions;
using EvDashboard.Core.Revenue.Reports;
using EvDashboard.Core.Sessions.Queries;
using EvDashboard.Core.Sites;
using EvDashboard.Core.Tariffs.Pricing;

namespace EvDashboard.Reports.Jobs;

/// <summary>
/// "Sessions in this range (CSV)": the raw sessions a report covers — the same columns, order and content as the
/// session history's export — written as a background job, rows streamed from the database straight to the file.
/// </summary>
internal sealed class SessionRangeExport(ExportJobs jobs, SessionHistoryQueries queries, SiteClock clock, ISessionCosts costs)
{
    public ExportJob Start(ReportRequest request, string owner)
    {
        ArgumentNullException.ThrowIfNull(request);
        var filter = FilterOf(request, clock);
        var fileName = string.Create(CultureInfo.InvariantCulture, $"sessions-{request.From:yyyy-MM-dd}_{request.To:yyyy-MM-dd}.csv");
        return jobs.Start(owner, fileName, "text/csv; charset=utf-8", async (job, file, cancellationToken) =>
        {
            job.SetTotal((await queries.TotalsAsync(filter, cancellationToken)).Sessions);
            await using var writer = new StreamWriter(file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true);
            var rows = Counted(queries.StreamAsync(filter, SessionHistorySort.Newest, cancellationToken), job, cancellationToken);
            await SessionCsvWriter.WriteAsync(writer, rows, clock, costs, cancellationToken);
        });
    }

    /// <summary>The sessions that started on the report's site-local days (and at its charge point, if it has one).</summary>
    public static SessionHistoryFilter FilterOf(ReportRequest request, SiteClock clock)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clock);
        return new SessionHistoryFilter
        {
            From = clock.StartOfLocalDate(request.From),
            Until = clock.StartOfLocalDate(request.To.AddDays(1)),
            ChargePointId = request.ChargePointId,
        };
    }

    private static async IAsyncEnumerable<SessionHistoryRow> Counted(
        IAsyncEnumerable<SessionHistoryRow> rows, ExportJob job, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return row;
            job.Advance();
        }
    }
}
