using EvDashboard.Core.Sessions;
using EvDashboard.Core.Sessions.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EvDashboard.Api;

/// <summary>/api/sessions: the transaction ledger, read-only.</summary>
internal static class SessionEndpoints
{
    public static RouteGroupBuilder MapSessionEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/sessions").WithTags("Sessions");
        group.MapGet("/", ListAsync).WithName("ListSessions")
            .WithSummary($"Sessions, newest first; from/to bound the start time (inclusive); status is active, completed or interrupted; limit {SessionFilter.DefaultLimit} by default, at most {SessionFilter.MaxLimit}.");
        group.MapGet("/{transactionId:int}", GetAsync).WithName("GetSession")
            .WithSummary("One session with every meter sample and its connector's status history.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<SessionView>>, ValidationProblem>> ListAsync(
        string? chargePointId,
        string? status,
        DateTimeOffset? from,
        DateTimeOffset? to,
        int? limit,
        int? offset,
        SessionQueries queries,
        CancellationToken cancellationToken)
    {
        var take = limit ?? SessionFilter.DefaultLimit;
        var skip = offset ?? 0;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var sessionStatus = status is null ? null : ParseStatus(status);
        if (status is not null && sessionStatus is null)
        {
            errors["status"] = ["One of active, completed, interrupted."];
        }

        if (take is < 1 or > SessionFilter.MaxLimit)
        {
            errors["limit"] = [$"Between 1 and {SessionFilter.MaxLimit}."];
        }

        if (skip < 0)
        {
            errors["offset"] = ["0 or more."];
        }

        if (from > to)
        {
            errors["to"] = ["Not before from."];
        }

        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(await queries.ListAsync(new SessionFilter(chargePointId, sessionStatus, from, to, take, skip), cancellationToken));
    }

    private static async Task<Results<Ok<SessionDetail>, ProblemHttpResult>> GetAsync(
        int transactionId, SessionQueries queries, CancellationToken cancellationToken) =>
        await queries.GetAsync(transactionId, cancellationToken) is { } session
            ? TypedResults.Ok(session)
            : ApiProblems.NotFound("Session not found", $"There is no session with transactionId {transactionId}.");

    private static SessionStatus? ParseStatus(string status) =>
        Enum.GetValues<SessionStatus>().Cast<SessionStatus?>()
            .FirstOrDefault(s => string.Equals(s.ToString(), status, StringComparison.OrdinalIgnoreCase));
}
