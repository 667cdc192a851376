using System.Globalization;
using System.Text;
using EvDashboard.Core.Sessions.Queries;
using EvDashboard.Core.Sites;
using EvDashboard.Core.Tariffs.Pricing;
using Microsoft.AspNetCore.Mvc;

namespace EvDashboard.Components.Pages.Sessions;

/// <summary>GET /sessions/export.csv: the session history's filtered set (not just one page) as CSV, streamed.</summary>
internal static class SessionExportEndpoints
{
    public const string Path = "/sessions/export.csv";

    public static IEndpointRouteBuilder MapSessionExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, ExportAsync).ExcludeFromDescription().RequireAuthorization(Core.Access.AccessPolicies.Manage);
        return endpoints;
    }

    /// <summary>Takes the history page's query string (see <see cref="SessionHistoryCriteria"/>).</summary>
    internal static async Task ExportAsync(
        HttpContext http, SessionHistoryQueries queries, SiteClock clock, [FromServices] ISessionCosts costs, ILogger<SessionHistoryQueries> logger, CancellationToken cancellationToken)
    {
        var criteria = SessionHistoryCriteria.Parse(http.Request.Query);
        var stamp = clock.ToLocal(clock.UtcNow).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"sessions-{stamp}.csv\"";
        http.Response.Headers.CacheControl = "no-store";

        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024);
        var rows = queries.StreamAsync(criteria.ToFilter(clock), criteria.Sort, cancellationToken);
        var count = await SessionCsvWriter.WriteAsync(writer, rows, clock, costs, cancellationToken);
        SessionPagesLog.Exported(logger, count);
    }
}
