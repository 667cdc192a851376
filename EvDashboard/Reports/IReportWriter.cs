using EvDashboard.Core.Revenue.Reports;

namespace EvDashboard.Reports;

/// <summary>Writes a finished report in one format straight to a stream (a response body or a file).</summary>
internal interface IReportWriter
{
    ReportFormat Format { get; }

    Task WriteAsync(ReportResult report, Stream output, CancellationToken cancellationToken);
}
