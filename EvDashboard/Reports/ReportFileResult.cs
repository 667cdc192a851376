using EvDashboard.Core.Revenue.Reports;

namespace EvDashboard.Reports;

/// <summary>
/// Answers with a report written by <paramref name="Writer"/> straight into the response body; files (everything
/// but JSON) come as a download named after the report and its range. Reports are never cached: they change as
/// sessions arrive.
/// </summary>
internal sealed record ReportFileResult(ReportResult Report, IReportWriter Writer) : IResult
{
    public string? FileName => Writer.Format == ReportFormat.Json ? null : ReportFormats.FileName(Report.Request, Writer.Format);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ReportFormats.ContentType(Writer.Format);
        response.Headers.CacheControl = "no-store";
        if (FileName is { } name)
        {
            response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        }

        await Writer.WriteAsync(Report, response.Body, httpContext.RequestAborted);
    }
}
