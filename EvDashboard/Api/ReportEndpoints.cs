using EvDashboard.Core.Access;
using EvDashboard.Core.Revenue.Reports;
using EvDashboard.Reports;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EvDashboard.Api;

/// <summary>/api/reports: the revenue, energy and utilisation reports in any export format, the heatmap and the station ranking (Manage).</summary>
internal static class ReportEndpoints
{
    private const string RangeHelp = "from, to: site-local dates yyyy-MM-dd, both inclusive (default: the last 30 days up to today; at most 1097 days).";

    private static readonly IReadOnlyList<ReportFormat> Formats = Enum.GetValues<ReportFormat>();

    public static RouteGroupBuilder MapReportEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reports").WithTags("Reports").RequireAuthorization(AccessPolicies.Manage);
        group.MapGet("/heatmap", HeatmapAsync).WithName("GetReportHeatmap")
            .WithSummary($"Weekday × hour in the site's time zone (cells[weekday][hour], Monday first). {RangeHelp} metric: energy (default), sessions or occupancy.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/stations", StationsAsync).WithName("GetReportStations")
            .WithSummary($"Top and bottom charge points by gross revenue. {RangeHelp} count: 1–50 per list (default 5).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{report}", ReportAsync).WithName("GetReport")
            .WithSummary(
                $"The revenue, energy or utilisation report. {RangeHelp} groupBy: day (default), week, month, site, chargePoint, connector, tariff or group "
                + "(utilisation: no tariff or group). compare: none, previous or lastYear. chargePointId: one charge point. "
                + "format: json (default), csv, xlsx or pdf (files come as downloads named after the report and range).")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: ReportFormats.XlsxContentType)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<ReportFileResult, ProblemHttpResult>> ReportAsync(
        string report, HttpContext http, ReportDownload download, [FromServices] IReportQueries queries, CancellationToken cancellationToken)
    {
        var query = download.Read(report, http.Request.Query, Formats, ReportFormat.Json);
        if (query.Problem is { } problem)
        {
            return problem;
        }

        return download.File(await queries.RunAsync(query.Request!, cancellationToken), query.Format);
    }

    private static async Task<Results<Ok<HeatmapResult>, ProblemHttpResult>> HeatmapAsync(
        HttpContext http, ReportDownload download, [FromServices] IReportQueries queries, CancellationToken cancellationToken)
    {
        if (download.ReadRange(http.Request.Query, out var problem) is not { } range)
        {
            return problem!;
        }

        if (!ReportDownload.TryMetric(http.Request.Query["metric"], out var metric, out var error))
        {
            return ReportQuery.BadRequest(error);
        }

        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(await queries.HeatmapAsync(range.From, range.To, metric, cancellationToken));
    }

    private static async Task<Results<Ok<StationRanking>, ProblemHttpResult>> StationsAsync(
        HttpContext http, ReportDownload download, [FromServices] IReportQueries queries, CancellationToken cancellationToken)
    {
        if (download.ReadRange(http.Request.Query, out var problem) is not { } range)
        {
            return problem!;
        }

        if (!ReportDownload.TryCount(http.Request.Query["count"], out var count, out var error))
        {
            return ReportQuery.BadRequest(error);
        }

        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(await queries.RankStationsAsync(range.From, range.To, count, cancellationToken));
    }
}
