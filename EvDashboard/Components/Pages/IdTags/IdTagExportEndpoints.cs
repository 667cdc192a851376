using System.Globalization;
using System.Text;
using EvDashboard.Core.Identity.Csv;
using EvDashboard.Core.Identity.Queries;
using EvDashboard.Core.Sites;

namespace EvDashboard.Components.Pages.IdTags;

/// <summary>GET /idtags/export.csv: every idTag as CSV, streamed, in the columns the import reads back.</summary>
internal static class IdTagExportEndpoints
{
    public const string Path = "/idtags/export.csv";

    public static IEndpointRouteBuilder MapIdTagExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, ExportAsync).ExcludeFromDescription().RequireAuthorization(Core.Access.AccessPolicies.Operate);
        return endpoints;
    }

    internal static async Task ExportAsync(HttpContext http, IdTagQueries queries, SiteClock clock, CancellationToken cancellationToken)
    {
        var stamp = clock.ToLocal(clock.UtcNow).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"idtags-{stamp}.csv\"";
        http.Response.Headers.CacheControl = "no-store";
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024);
        await IdTagCsvWriter.WriteAsync(writer, queries.StreamAsync(cancellationToken), cancellationToken);
    }
}
