using System.Globalization;
using System.Text;
using EvDashboard.Core.Access;
using EvDashboard.Core.Audit.Queries;
using EvDashboard.Core.Sites;

namespace EvDashboard.Components.Pages.Admin;

/// <summary>GET /admin/audit/export.csv: the audit log's filtered set (not just one page) as CSV, streamed.</summary>
internal static class AuditExportEndpoints
{
    public const string Path = "/admin/audit/export.csv";

    public static IEndpointRouteBuilder MapAuditExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, ExportAsync).ExcludeFromDescription().RequireAuthorization(AccessPolicies.Audit);
        return endpoints;
    }

    /// <summary>Takes the audit page's query string (see <see cref="AuditCriteria"/>).</summary>
    internal static async Task ExportAsync(HttpContext http, AuditQueries queries, SiteClock clock, CancellationToken cancellationToken)
    {
        var criteria = AuditCriteria.Parse(http.Request.Query);
        var stamp = clock.ToLocal(clock.UtcNow).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"audit-{stamp}.csv\"";
        http.Response.Headers.CacheControl = "no-store";

        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024);
        await AuditCsvWriter.WriteAsync(writer, queries.StreamAsync(criteria.ToFilter(clock), cancellationToken), clock, cancellationToken);
    }
}
