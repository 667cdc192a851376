using System.Security.Claims;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Identity.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EvDashboard.Api;

/// <summary>/api/id-tags: the tokens drivers present, with status, expiry, group and concurrency limit.</summary>
internal static class IdTagEndpoints
{
    public const string GetRouteName = "GetIdTag";

    public static RouteGroupBuilder MapIdTagEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/id-tags").WithTags("Id tags");
        group.MapGet("/", ListAsync).WithName("ListIdTags").WithSummary("All idTags, ordered by value.");
        group.MapGet("/{idTag}", GetAsync).WithName(GetRouteName).WithSummary("One idTag, found regardless of case.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithName("CreateIdTag").WithSummary("Adds an idTag; 409 when it exists in any case.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{idTag}", UpdateAsync).WithName("UpdateIdTag").WithSummary("Replaces an idTag's status, expiry, parent, limit, budget and driver notifications.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<IdTagView>>> ListAsync(IdTagQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListAsync(cancellationToken));

    private static async Task<Results<Ok<IdTagView>, ProblemHttpResult>> GetAsync(
        string idTag, IdTagQueries queries, CancellationToken cancellationToken) =>
        await queries.GetAsync(idTag, cancellationToken) is { } tag ? TypedResults.Ok(tag) : NotFound(idTag);

    private static async Task<Results<CreatedAtRoute<IdTagView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateIdTagRequest request, ClaimsPrincipal user, IdTagAdministration administration, IdTagQueries queries, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!IdTag.IsValidValue(request.IdTag))
        {
            errors["idTag"] = [$"Required: 1..{IdTag.MaxLength} printable ASCII characters."];
        }

        var settings = request.ToUpdate().ToSettings(errors);
        if (settings is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var value = request.IdTag!;
        if (await administration.CreateAsync(value, settings, ApiActor.From(user), cancellationToken) == IdTagChangeResult.AlreadyExists)
        {
            return ApiProblems.Conflict("IdTag exists", $"An idTag '{value}' already exists (idTags are compared regardless of case).");
        }

        var created = await queries.GetAsync(value, cancellationToken);
        return TypedResults.CreatedAtRoute(created, GetRouteName, new { idTag = value });
    }

    private static async Task<Results<Ok<IdTagView>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string idTag, UpdateIdTagRequest request, ClaimsPrincipal user, IdTagAdministration administration, IdTagQueries queries, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.ToSettings(errors) is not { } settings)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await administration.UpdateAsync(idTag, settings, ApiActor.From(user), cancellationToken) == IdTagChangeResult.NotFound)
        {
            return NotFound(idTag);
        }

        return TypedResults.Ok((await queries.GetAsync(idTag, cancellationToken))!);
    }

    private static ProblemHttpResult NotFound(string idTag) =>
        ApiProblems.NotFound("IdTag not found", $"There is no idTag '{idTag}'.");
}
