using EvDashboard.Core.Access;
using EvDashboard.Core.Revenue.Reports;
using EvDashboard.Reports.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EvDashboard.Reports;

/// <summary>
/// The report pages' downloads (signed-in cookie, Manage): GET /reports/{report}/export?{request}&amp;format=csv|xlsx|pdf,
/// and GET /reports/exports/{id}, a finished background export, for the account that started it only.
/// </summary>
internal static class ReportExportEndpoints
{
    public static readonly IReadOnlyList<ReportFormat> FileFormats = [ReportFormat.Csv, ReportFormat.Xlsx, ReportFormat.Pdf];

    public static string ExportPath(ReportRequest request, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"/reports/{ReportRequest.KindName(request.Kind)}/export?{request.ToQuery()}&format={ReportFormats.Name(format)}";
    }

    public static string JobPath(string id) => $"/reports/exports/{Uri.EscapeDataString(id)}";

    public static IEndpointRouteBuilder MapReportExports(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/reports").ExcludeFromDescription().RequireAuthorization(AccessPolicies.Manage);
        group.MapGet("/{report}/export", ExportAsync);
        group.MapGet("/exports/{id}", DownloadJob);
        return endpoints;
    }

    internal static async Task<Results<ReportFileResult, ProblemHttpResult>> ExportAsync(
        string report, HttpContext http, ReportDownload download, [FromServices] IReportQueries queries, CancellationToken cancellationToken)
    {
        var query = download.Read(report, http.Request.Query, FileFormats, ReportFormat.Csv);
        if (query.Problem is { } problem)
        {
            return problem;
        }

        return download.File(await queries.RunAsync(query.Request!, cancellationToken), query.Format);
    }

    internal static Results<FileStreamHttpResult, ProblemHttpResult> DownloadJob(string id, HttpContext http, ExportJobs jobs)
    {
        if (jobs.Find(id, ExportOwner.Of(http.User)) is not { State: ExportJobState.Completed } job)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Export not found",
                detail: "There is no finished export with this id for your account; exports are kept for an hour.");
        }

        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(ExportJobs.Open(job), job.ContentType, job.FileName);
    }
}
