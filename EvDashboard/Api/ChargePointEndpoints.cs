using EvDashboard.Core.Stations.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EvDashboard.Api;

/// <summary>/api/charge-points: register, list, inspect, change and delete charge points.</summary>
internal static class ChargePointEndpoints
{
    public const string GetRouteName = "GetChargePoint";

    public static RouteGroupBuilder MapChargePointEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/charge-points").WithTags("Charge points");
        group.MapGet("/", ListAsync).WithName("ListChargePoints").WithSummary("All charge points with their connectors and presence.");
        group.MapGet("/{id}", GetAsync).WithName(GetRouteName).WithSummary("One charge point.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithName("CreateChargePoint").WithSummary("Registers a charge point; its key is stored only as a hash.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id}", UpdateAsync).WithName("UpdateChargePoint")
            .WithSummary("Sets the name, sets, rotates or clears the key, and marks the charge point reviewed.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteChargePoint")
            .WithSummary("Deletes a charge point with its connectors and status history; refused while it is connected or when it has sessions.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<ChargePointView>>> ListAsync(ChargePointQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListAsync(cancellationToken));

    private static async Task<Results<Ok<ChargePointView>, ProblemHttpResult>> GetAsync(
        string id, ChargePointQueries queries, CancellationToken cancellationToken) =>
        await queries.GetAsync(id, cancellationToken) is { } chargePoint
            ? TypedResults.Ok(chargePoint)
            : ApiProblems.ChargePointNotFound(id);

    private static async Task<Results<CreatedAtRoute<ChargePointView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateChargePointRequest request, ChargePointAdministration administration, ChargePointQueries queries, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var id = request.Id!;
        if (await administration.CreateAsync(id, request.Name, request.Key, cancellationToken) == ChargePointChangeResult.AlreadyExists)
        {
            return ApiProblems.Conflict("Charge point exists", $"A charge point with id '{id}' already exists.");
        }

        var created = await queries.GetAsync(id, cancellationToken);
        return TypedResults.CreatedAtRoute(created, GetRouteName, new { id });
    }

    private static async Task<Results<Ok<ChargePointView>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string id, UpdateChargePointRequest request, ChargePointAdministration administration, ChargePointQueries queries, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var edit = new ChargePointEdit(request.Name, request.Key, request.ClearKey ?? false);
        if (await administration.UpdateAsync(id, edit, cancellationToken) == ChargePointChangeResult.NotFound)
        {
            return ApiProblems.ChargePointNotFound(id);
        }

        return TypedResults.Ok((await queries.GetAsync(id, cancellationToken))!);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string id, ChargePointAdministration administration, CancellationToken cancellationToken) =>
        await administration.DeleteAsync(id, cancellationToken) switch
        {
            ChargePointChangeResult.Deleted => TypedResults.NoContent(),
            ChargePointChangeResult.Online => ApiProblems.Conflict(
                "Charge point is connected",
                $"Charge point '{id}' is connected; it can be deleted once it has disconnected."),
            ChargePointChangeResult.HasSessions => ApiProblems.Conflict(
                "Charge point has sessions",
                $"Charge point '{id}' has charging sessions. Sessions are the transaction ledger and are never deleted, so neither is the charge point they belong to."),
            _ => ApiProblems.ChargePointNotFound(id),
        };
}
