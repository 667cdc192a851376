using EvDashboard.Core.Revenue.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EvDashboard.Reports;

/// <summary>A report request read from a URL with the format asked for, or the problem answer (400 or 404) saying what is wrong.</summary>
internal sealed record ReportQuery(ReportRequest? Request, ReportFormat Format, ProblemHttpResult? Problem)
{
    public static ReportQuery Fail(ProblemHttpResult problem) => new(null, ReportFormat.Json, problem);

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid report request", detail: detail);

    public static ProblemHttpResult UnknownReport(string name) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "Report not found",
            detail: $"There is no report '{name}'; the reports are {string.Join(", ", Enum.GetValues<ReportKind>().Select(ReportRequest.KindName))}.");
}
