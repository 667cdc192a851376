using System.Globalization;
using System.Text;
using EvDashboard.Billing;
using EvDashboard.Core.Access;
using EvDashboard.Core.Billing.Csv;
using EvDashboard.Core.Billing.Queries;
using EvDashboard.Core.Sites;

namespace EvDashboard.Components.Pages.Invoices;

/// <summary>
/// The browser's downloads (signed-in cookie): GET /invoices/export.csv (the list's filtered set, not just one page)
/// and GET /invoices/{number}.pdf.
/// </summary>
internal static class InvoiceExportEndpoints
{
    public const string CsvPath = "/invoices/export.csv";

    public static string PdfPath(string number) => $"/invoices/{Uri.EscapeDataString(number)}.pdf";

    public static IEndpointRouteBuilder MapInvoiceExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CsvPath, ExportAsync).ExcludeFromDescription().RequireAuthorization(AccessPolicies.ReadBilling);
        endpoints.MapGet("/invoices/{number}.pdf", PdfAsync).ExcludeFromDescription().RequireAuthorization(AccessPolicies.ReadBilling);
        return endpoints;
    }

    internal static async Task<IResult> ExportAsync(HttpContext http, InvoiceQueries queries, SiteClock clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var (criteria, _, _) = InvoiceCriteria.Parse(http.Request.Query, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var stamp = clock.ToLocal(clock.UtcNow).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"invoices-{stamp}.csv\"";
        http.Response.Headers.CacheControl = "no-store";
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024);
        await InvoiceCsvWriter.WriteAsync(writer, queries.StreamAsync(criteria.ToFilter(), cancellationToken), clock.Zone, cancellationToken);
        return TypedResults.Empty;
    }

    internal static async Task<IResult> PdfAsync(string number, InvoiceQueries queries, InvoicePdfRenderer renderer, CancellationToken cancellationToken) =>
        await queries.GetAsync(number, cancellationToken) is { } invoice
            ? TypedResults.File(renderer.Render(invoice), "application/pdf", $"{invoice.Number}.pdf")
            : TypedResults.NotFound();
}
