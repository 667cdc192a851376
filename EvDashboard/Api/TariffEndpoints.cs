using System.Security.Claims;
using EvDashboard.Core.Access;
using EvDashboard.Core.Tariffs.Administration;
using EvDashboard.Core.Tariffs.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EvDashboard.Api;

/// <summary>
/// /api/tariffs: the tariff catalogue. Reading needs ReadBilling (Admin, Manager, Operator); every change needs
/// Manage. Validation errors come back as a 400 problem keyed by field path ("Energy[1].Price").
/// </summary>
internal static class TariffEndpoints
{
    public const string GetRouteName = "GetTariff";

    public static RouteGroupBuilder MapTariffEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/tariffs").WithTags("Tariffs").RequireAuthorization(AccessPolicies.ReadBilling);
        group.MapGet("/", ListAsync).WithName("ListTariffs").WithSummary("Tariffs by name with their current definition; archived ones only with archived=true.");
        group.MapGet("/{id:int}", GetAsync).WithName(GetRouteName).WithSummary("One tariff with its current definition, versions and assignments.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithName("CreateTariff").WithSummary("Creates a tariff with version 1.")
            .RequireAuthorization(AccessPolicies.Manage);
        group.MapPatch("/{id:int}", RenameAsync).WithName("RenameTariff")
            .WithSummary("Changes the name and description; the prices and versions stay. An unchanged name and description is a 200 too.")
            .ProducesProblem(StatusCodes.Status404NotFound).RequireAuthorization(AccessPolicies.Manage);
        group.MapPut("/{id:int}/archived", ArchiveAsync).WithName("ArchiveTariff")
            .WithSummary("Archives (true: no new session gets the tariff) or restores (false) it; sessions that used it keep their version.")
            .ProducesProblem(StatusCodes.Status404NotFound).RequireAuthorization(AccessPolicies.Manage);
        group.MapPost("/{id:int}/versions", SaveVersionAsync).WithName("AddTariffVersion")
            .WithSummary("Stores new prices as the next version (201); equal prices store nothing (200). Sessions keep the version they started with.")
            .ProducesProblem(StatusCodes.Status404NotFound).RequireAuthorization(AccessPolicies.Manage);
        group.MapPost("/{id:int}/assignments", AssignAsync).WithName("AssignTariff")
            .WithSummary("Assigns the tariff to the site, a charge point or a connector (optionally for one idTag group); replaces the tariff of an existing assignment there (200).")
            .ProducesProblem(StatusCodes.Status404NotFound).RequireAuthorization(AccessPolicies.Manage);
        group.MapDelete("/{id:int}/assignments/{assignmentId:int}", UnassignAsync).WithName("UnassignTariff").WithSummary("Removes an assignment.")
            .ProducesProblem(StatusCodes.Status404NotFound).RequireAuthorization(AccessPolicies.Manage);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<TariffRow>>> ListAsync(bool? archived, TariffQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListAsync(archived ?? false, cancellationToken));

    private static async Task<Results<Ok<TariffDetail>, ProblemHttpResult>> GetAsync(int id, TariffQueries queries, CancellationToken cancellationToken) =>
        await queries.GetAsync(id, cancellationToken) is { } tariff ? TypedResults.Ok(tariff) : NotFound(id);

    private static async Task<Results<CreatedAtRoute<TariffDetail>, ValidationProblem>> CreateAsync(
        CreateTariffRequest request, ClaimsPrincipal user, TariffAdministration administration, TariffQueries queries, CancellationToken cancellationToken)
    {
        var result = await administration.CreateAsync(request.Name, request.Description, request.Definition, ApiActor.From(user), cancellationToken);
        if (result.Status != TariffChangeStatus.Created)
        {
            return TypedResults.ValidationProblem(result.Errors!.ToDictionary(), title: "The tariff is not valid");
        }

        var id = result.TariffId!.Value;
        return TypedResults.CreatedAtRoute((await queries.GetAsync(id, cancellationToken))!, GetRouteName, new { id });
    }

    private static async Task<Results<CreatedAtRoute<TariffDetail>, Ok<TariffDetail>, ValidationProblem, ProblemHttpResult>> SaveVersionAsync(
        int id, TariffVersionRequest request, ClaimsPrincipal user, TariffAdministration administration, TariffQueries queries, CancellationToken cancellationToken)
    {
        var result = await administration.SaveVersionAsync(id, request.Definition, ApiActor.From(user), cancellationToken);
        return result.Status switch
        {
            TariffChangeStatus.NotFound => NotFound(id),
            TariffChangeStatus.Invalid => TypedResults.ValidationProblem(result.Errors!.ToDictionary(), title: "The tariff is not valid"),
            TariffChangeStatus.Unchanged => TypedResults.Ok((await queries.GetAsync(id, cancellationToken))!),
            _ => TypedResults.CreatedAtRoute((await queries.GetAsync(id, cancellationToken))!, GetRouteName, new { id }),
        };
    }

    private static async Task<Results<Ok<TariffDetail>, ValidationProblem, ProblemHttpResult>> RenameAsync(
        int id, UpdateTariffRequest request, ClaimsPrincipal user, TariffAdministration administration, TariffQueries queries, CancellationToken cancellationToken)
    {
        var result = await administration.RenameAsync(id, request.Name, request.Description, ApiActor.From(user), cancellationToken);
        return result.Status switch
        {
            TariffChangeStatus.NotFound => NotFound(id),
            TariffChangeStatus.Invalid => TypedResults.ValidationProblem(result.Errors!.ToDictionary(), title: "The tariff is not valid"),
            _ => TypedResults.Ok((await queries.GetAsync(id, cancellationToken))!),
        };
    }

    private static async Task<Results<Ok<TariffDetail>, ProblemHttpResult>> ArchiveAsync(
        int id, TariffArchiveRequest request, ClaimsPrincipal user, TariffAdministration administration, TariffQueries queries, CancellationToken cancellationToken)
    {
        var result = await administration.SetArchivedAsync(id, request.Archived, ApiActor.From(user), cancellationToken);
        return result.Status == TariffChangeStatus.NotFound ? NotFound(id) : TypedResults.Ok((await queries.GetAsync(id, cancellationToken))!);
    }

    private static async Task<Results<CreatedAtRoute<TariffDetail>, Ok<TariffDetail>, ValidationProblem, ProblemHttpResult>> AssignAsync(
        int id, TariffAssignmentRequest request, ClaimsPrincipal user, TariffAssignmentAdministration assignments, TariffQueries queries, CancellationToken cancellationToken)
    {
        var result = await assignments.AssignAsync(id, request.ToTarget(), ApiActor.From(user), cancellationToken);
        return result.Status switch
        {
            TariffChangeStatus.NotFound => NotFound(id),
            TariffChangeStatus.Invalid => TypedResults.ValidationProblem(result.Errors!.ToDictionary(), title: "The assignment is not valid"),
            TariffChangeStatus.Created => TypedResults.CreatedAtRoute((await queries.GetAsync(id, cancellationToken))!, GetRouteName, new { id }),
            _ => TypedResults.Ok((await queries.GetAsync(id, cancellationToken))!),
        };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> UnassignAsync(
        int id, int assignmentId, ClaimsPrincipal user, TariffAssignmentAdministration assignments, CancellationToken cancellationToken)
    {
        var result = await assignments.UnassignAsync(id, assignmentId, ApiActor.From(user), cancellationToken);
        return result.Status == TariffChangeStatus.NotFound
            ? ApiProblems.NotFound("Assignment not found", $"Tariff {id} has no assignment {assignmentId}.")
            : TypedResults.NoContent();
    }

    private static ProblemHttpResult NotFound(int id) => ApiProblems.NotFound("Tariff not found", $"There is no tariff {id}.");
}
