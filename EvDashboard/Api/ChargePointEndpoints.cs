using System.Security.Claims;
using System.Text;
using EvDashboard.Core.Access;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Stations.Queries;
using Microsoft.AspNetCore.Authorization;
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
        group.MapPost("/{id}/key", NewKeyAsync).WithName("NewChargePointKey")
            .WithSummary("Generates a random 20-byte key, returned once. A connected charger is sent it first (ChangeConfiguration AuthorizationKey) and the stored key switches only when it answers Accepted.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(AccessPolicies.Administer);
        group.MapPost("/{id}/approve", ApproveAsync).WithName("ApproveChargePoint")
            .WithSummary("Approves a pending (or rejected) charge point: its next BootNotification is Accepted; a connected one is asked to boot now.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/reject", RejectAsync).WithName("RejectChargePoint")
            .WithSummary("Rejects a charge point: its next handshake is refused (403).")
            .ProducesProblem(StatusCodes.Status404NotFound);
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
        CreateChargePointRequest request, ClaimsPrincipal user, IAuthorizationService authorization, ChargePointAdministration administration, ChargePointQueries queries, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (request.Key is not null && !(await authorization.AuthorizeAsync(user, AccessPolicies.Administer)).Succeeded)
        {
            return KeyNeedsAdmin();
        }

        var id = request.Id!;
        var key = request.Key is null ? null : Encoding.UTF8.GetBytes(request.Key);
        if (await administration.CreateAsync(id, request.Name, request.Profile, key, ApiActor.From(user), cancellationToken) == ChargePointChangeResult.AlreadyExists)
        {
            return ApiProblems.Conflict("Charge point exists", $"A charge point with id '{id}' already exists.");
        }

        var created = await queries.GetAsync(id, cancellationToken);
        return TypedResults.CreatedAtRoute(created, GetRouteName, new { id });
    }

    private static async Task<Results<Ok<ChargePointView>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string id, UpdateChargePointRequest request, ClaimsPrincipal user, IAuthorizationService authorization, ChargePointAdministration administration, ChargePointQueries queries, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if ((request.Key is not null || request.ClearKey == true) && !(await authorization.AuthorizeAsync(user, AccessPolicies.Administer)).Succeeded)
        {
            return KeyNeedsAdmin();
        }

        switch (await administration.UpdateAsync(id, request.ToEdit(), ApiActor.From(user), cancellationToken))
        {
            case ChargePointChangeResult.NotFound:
                return ApiProblems.ChargePointNotFound(id);
            case ChargePointChangeResult.KeyRequired:
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["securityProfile"] = ["Security profiles 1 and 2 need a key: set one first."] });
        }

        return TypedResults.Ok((await queries.GetAsync(id, cancellationToken))!);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string id, ClaimsPrincipal user, ChargePointAdministration administration, CancellationToken cancellationToken) =>
        await administration.DeleteAsync(id, ApiActor.From(user), cancellationToken) switch
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

    private static async Task<Results<Ok<ChargePointKeyResponse>, ProblemHttpResult>> NewKeyAsync(
        string id, ClaimsPrincipal user, ChargePointKeys keys, CancellationToken cancellationToken)
    {
        var outcome = await keys.NewKeyAsync(id, ApiActor.From(user), cancellationToken);
        return outcome.Status switch
        {
            KeyChangeStatus.NotFound => ApiProblems.ChargePointNotFound(id),
            KeyChangeStatus.NotSwitched => ApiProblems.Conflict("Key not switched", $"The old key stays: {outcome.Detail}."),
            _ => TypedResults.Ok(new ChargePointKeyResponse(outcome.Status.ToString(), outcome.KeyHex!)),
        };
    }

    private static Task<Results<Ok<ChargePointView>, ProblemHttpResult>> ApproveAsync(
        string id, ClaimsPrincipal user, ChargePointApprovals approvals, ChargePointQueries queries, CancellationToken cancellationToken) =>
        DecideAsync(id, approvals.ApproveAsync, ApiActor.From(user), queries, cancellationToken);

    private static Task<Results<Ok<ChargePointView>, ProblemHttpResult>> RejectAsync(
        string id, ClaimsPrincipal user, ChargePointApprovals approvals, ChargePointQueries queries, CancellationToken cancellationToken) =>
        DecideAsync(id, approvals.RejectAsync, ApiActor.From(user), queries, cancellationToken);

    private static async Task<Results<Ok<ChargePointView>, ProblemHttpResult>> DecideAsync(
        string id, Func<string, Actor, CancellationToken, Task<ApprovalOutcome>> decide, Actor actor, ChargePointQueries queries, CancellationToken cancellationToken)
    {
        var outcome = await decide(id, actor, cancellationToken);
        return outcome.Result == ChargePointChangeResult.NotFound
            ? ApiProblems.ChargePointNotFound(id)
            : TypedResults.Ok((await queries.GetAsync(id, cancellationToken))!);
    }

    /// <summary>Charge point keys are Admin business (README, "Access control"); an Operator may change everything else.</summary>
    private static ProblemHttpResult KeyNeedsAdmin() =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Not allowed",
            detail: "Setting, rotating or clearing a charge point key needs an Admin key.");
}
