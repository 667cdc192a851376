using System.Security.Claims;
using EvDashboard.Billing;
using EvDashboard.Components.Pages.Invoices;
using EvDashboard.Core.Access;
using EvDashboard.Core.Billing;
using EvDashboard.Core.Billing.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EvDashboard.Api;

/// <summary>/api/invoices: reading needs ReadBilling (Operators too); invoice runs, credit notes and payment status need Manage.</summary>
internal static class InvoiceEndpoints
{
    public const string GetRouteName = "GetInvoice";

    public static RouteGroupBuilder MapInvoiceEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/invoices").WithTags("Invoices");
        var read = group.MapGroup(string.Empty).RequireAuthorization(AccessPolicies.ReadBilling);
        read.MapGet("/", ListAsync).WithName("ListInvoices")
            .WithSummary("Invoices, newest first, with the totals of all that match. Query: from, to (local dates, inclusive), kind, status (paid, unpaid, overdue), buyer, number, skip, take.");
        read.MapGet("/{number}.pdf", PdfAsync).WithName("GetInvoicePdf").WithSummary("The invoice as a PDF.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf").ProducesProblem(StatusCodes.Status404NotFound);
        read.MapGet("/{number}", GetAsync).WithName(GetRouteName).WithSummary("One invoice with its lines and VAT per rate.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        var manage = group.MapGroup(string.Empty).RequireAuthorization(AccessPolicies.Manage);
        manage.MapPost("/runs", RunAsync).WithName("RunInvoices")
            .WithSummary("Issues the statements of a period per idTag or group; statements already issued for it are skipped.");
        manage.MapPost("/{number}/credit", CreditAsync).WithName("CreditInvoice")
            .WithSummary("Cancels a receipt or statement in full with a credit note; 409 when it already has one.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        manage.MapPost("/{number}/payment", PaymentAsync).WithName("SetInvoicePayment").WithSummary("Marks an invoice Paid or Unpaid.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<Ok<InvoicePage>, ValidationProblem>> ListAsync(HttpContext http, InvoiceQueries queries, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var (criteria, skip, take) = InvoiceCriteria.Parse(http.Request.Query, errors);
        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(await queries.ListAsync(criteria.ToFilter(skip, take), cancellationToken));
    }

    private static async Task<Results<Ok<InvoiceDetail>, ProblemHttpResult>> GetAsync(string number, InvoiceQueries queries, CancellationToken cancellationToken) =>
        await queries.GetAsync(number, cancellationToken) is { } invoice ? TypedResults.Ok(invoice) : NotFound(number);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PdfAsync(
        string number, InvoiceQueries queries, InvoicePdfRenderer renderer, CancellationToken cancellationToken) =>
        await queries.GetAsync(number, cancellationToken) is { } invoice
            ? TypedResults.File(renderer.Render(invoice), "application/pdf", $"{invoice.Number}.pdf")
            : NotFound(number);

    private static async Task<Results<Ok<InvoiceRunResult>, ValidationProblem>> RunAsync(
        InvoiceRunBody body, ClaimsPrincipal user, InvoiceRun run, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var target = Enum.TryParse<StatementTarget>(body.Target, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : (StatementTarget?)null;
        if (target is null)
        {
            errors["target"] = ["tag or group."];
        }

        if (body.From is null || body.To is null)
        {
            errors["from"] = ["from and to are required (yyyy-MM-dd; to is exclusive)."];
        }
        else if (new InvoiceRunRequest(body.From.Value, body.To.Value, StatementTarget.Tag).Problem() is { } problem)
        {
            errors["to"] = [problem];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var request = new InvoiceRunRequest(body.From!.Value, body.To!.Value, target!.Value);
        return TypedResults.Ok(await run.RunAsync(request, ApiActor.From(user), progress: null, cancellationToken));
    }

    private static async Task<Results<Created<InvoiceDetail>, ValidationProblem, ProblemHttpResult>> CreditAsync(
        string number, InvoiceCreditBody body, ClaimsPrincipal user, InvoiceAdministration administration, InvoiceQueries queries, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.Reason) || body.Reason.Trim().Length > 500)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["Required, at most 500 characters."] });
        }

        var result = await administration.CreditAsync(number, body.Reason, ApiActor.From(user), cancellationToken);
        return result.Outcome switch
        {
            CreditOutcome.Credited => TypedResults.Created($"/api/invoices/{result.CreditNoteNumber}", await queries.GetAsync(result.CreditNoteNumber!, cancellationToken)),
            CreditOutcome.NotFound => NotFound(number),
            CreditOutcome.IsCreditNote => ApiProblems.Conflict("Not creditable", $"{number} is a credit note; only receipts and statements are credited."),
            _ => ApiProblems.Conflict("Already credited", $"{number} is already credited in full by {result.CreditNoteNumber}."),
        };
    }

    private static async Task<Results<Ok<InvoiceDetail>, ValidationProblem, ProblemHttpResult>> PaymentAsync(
        string number, InvoicePaymentBody body, ClaimsPrincipal user, InvoiceAdministration administration, InvoiceQueries queries, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<PaymentStatus>(body.Status, ignoreCase: true, out var status) || !Enum.IsDefined(status))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["Paid or Unpaid."] });
        }

        return await administration.SetPaymentStatusAsync(number, status, ApiActor.From(user), cancellationToken) switch
        {
            PaymentChange.Updated => TypedResults.Ok((await queries.GetAsync(number, cancellationToken))!),
            PaymentChange.NotFound => NotFound(number),
            _ => ApiProblems.Conflict("No payment status", $"{number} is a credit note; it is not paid."),
        };
    }

    private static ProblemHttpResult NotFound(string number) => ApiProblems.NotFound("Invoice not found", $"There is no invoice {number}.");
}
