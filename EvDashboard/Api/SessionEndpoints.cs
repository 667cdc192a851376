using EvDashboard.Core.Healing.Continuation;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Sessions.Queries;
using EvDashboard.Core.Tariffs.Pricing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EvDashboard.Api;

/// <summary>/api/sessions: the transaction ledger with each session's cost, read-only.</summary>
internal static class SessionEndpoints
{
    public static RouteGroupBuilder MapSessionEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/sessions").WithTags("Sessions");
        group.MapGet("/", ListAsync).WithName("ListSessions")
            .WithSummary($"Sessions, newest first; from/to bound the start time (inclusive); status is active, completed or interrupted; limit {SessionFilter.DefaultLimit} by default, at most {SessionFilter.MaxLimit}. Each with its cost's total (null when unpriced).");
        group.MapGet("/{transactionId:int}", GetAsync).WithName("GetSession")
            .WithSummary("One session with every meter sample, its connector's status history and its cost (final or running, with the breakdown; null when unpriced).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<SessionListItem>>, ValidationProblem>> ListAsync(
        string? chargePointId,
        string? status,
        DateTimeOffset? from,
        DateTimeOffset? to,
        int? limit,
        int? offset,
        SessionQueries queries,
        [FromServices] ISessionCosts costs,
        CancellationToken cancellationToken)
    {
        var take = limit ?? SessionFilter.DefaultLimit;
        var skip = offset ?? 0;
        var sessionStatus = status is null ? null : ParseStatus(status);
        var errors = Validate(status, sessionStatus, take, skip, from, to);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var sessions = await queries.ListAsync(new SessionFilter(chargePointId, sessionStatus, from, to, take, skip), cancellationToken);
        var priced = await costs.GetManyAsync(sessions.Select(s => s.TransactionId).ToList(), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<SessionListItem>>(
            [.. sessions.Select(s => new SessionListItem(s, priced.GetValueOrDefault(s.TransactionId)))]);
    }

    private static async Task<Results<Ok<SessionDetailResponse>, ProblemHttpResult>> GetAsync(
        int transactionId, SessionQueries queries, [FromServices] ISessionCosts costs, SessionChainQueries chains, CancellationToken cancellationToken)
    {
        if (await queries.GetAsync(transactionId, cancellationToken) is not { } session)
        {
            return ApiProblems.NotFound("Session not found", $"There is no session with transactionId {transactionId}.");
        }

        var cost = await costs.GetAsync(transactionId, cancellationToken);
        var chain = await chains.GetAsync(transactionId, cancellationToken);
        return TypedResults.Ok(new SessionDetailResponse(session, cost is null ? null : SessionCostResponse.From(cost), chain));
    }

    private static Dictionary<string, string[]> Validate(string? status, SessionStatus? sessionStatus, int take, int skip, DateTimeOffset? from, DateTimeOffset? to)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
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

        return errors;
    }

    private static SessionStatus? ParseStatus(string status) =>
        Enum.GetValues<SessionStatus>().Cast<SessionStatus?>()
            .FirstOrDefault(s => string.Equals(s.ToString(), status, StringComparison.OrdinalIgnoreCase));
}
