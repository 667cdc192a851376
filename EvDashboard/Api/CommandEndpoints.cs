using System.Security.Claims;
using System.Text.Json;
using EvDashboard.Core.Healing.Playbooks;
using EvDashboard.Core.Ocpp.Commands;
using EvDashboard.Core.Ocpp.V16;
using EvDashboard.Core.Stations.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EvDashboard.Api;

/// <summary>/api/charge-points/{id}/commands: operator commands (OCPP 1.6 §5) and their audit trail.</summary>
internal static class CommandEndpoints
{
    public static RouteGroupBuilder MapCommandEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/charge-points/{id}/commands").WithTags("Commands");
        group.MapPost("/{action}", SendAsync).WithName("SendCommand")
            .WithSummary("Sends an OCPP 1.6 command (e.g. Reset, RemoteStartTransaction) with the request payload as the body, and waits for the charger's answer.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout);
        group.MapGet("/", ListAsync).WithName("ListCommands")
            .WithSummary($"The newest {ChargePointQueries.MaxCommands} commands sent to the charge point, newest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<Ok<CommandResponse>, ValidationProblem, ProblemHttpResult>> SendAsync(
        string id, string action, JsonElement payload, ClaimsPrincipal user, ChargePointQueries queries, ChargePointCommandService commands,
        RemoteStartRetry remoteStarts, CancellationToken cancellationToken)
    {
        if (!ChargePointCommandService.IsCommand(action))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["action"] = [$"'{action}' is not an OCPP 1.6 command a central system sends."] },
                title: "Unknown command");
        }

        if (!await queries.ExistsAsync(id, cancellationToken))
        {
            return ApiProblems.ChargePointNotFound(id);
        }

        if (ChargePointCommandService.Validate(action, payload) is { } error)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["payload"] = [error.Description] },
                detail: error.Description,
                title: $"Invalid {action} request");
        }

        var requestedBy = user.Identity?.Name ?? "api";
        // A refused or unanswered remote start gets its one self-healing retry; the answer here is still the first one.
        var result = action == OcppActions.RemoteStartTransaction
            ? await remoteStarts.SendAsync(id, payload, requestedBy, cancellationToken)
            : await commands.SendAsync(id, action, payload, requestedBy, cancellationToken);
        return ToHttpResult(id, action, result);
    }

    private static Results<Ok<CommandResponse>, ValidationProblem, ProblemHttpResult> ToHttpResult(string id, string action, CommandResult result)
    {
        var extensions = new Dictionary<string, object?>
        {
            ["outcome"] = result.Outcome.ToString(),
            ["errorCode"] = result.ErrorCode,
            ["errorDescription"] = result.ErrorDescription,
        };
        return result.Outcome switch
        {
            CommandOutcome.Answered => TypedResults.Ok(new CommandResponse(result.Outcome, ParseResponse(result.ResponseJson), null, null)),
            CommandOutcome.CallError => Problem(
                StatusCodes.Status502BadGateway, "The charge point answered with a CALLERROR", $"{result.ErrorCode}: {result.ErrorDescription}", extensions),
            CommandOutcome.InvalidAnswer => Problem(
                StatusCodes.Status502BadGateway, $"The charge point's answer is not a valid {action} response", result.ErrorDescription, extensions),
            CommandOutcome.Timeout => Problem(
                StatusCodes.Status504GatewayTimeout, "The charge point did not answer in time", result.ErrorDescription, extensions),
            _ => Problem(
                StatusCodes.Status409Conflict, "Charge point is offline", result.ErrorDescription ?? $"Charge point '{id}' is not connected.", extensions),
        };
    }

    private static async Task<Results<Ok<IReadOnlyList<CommandRecordView>>, ProblemHttpResult>> ListAsync(
        string id, ChargePointQueries queries, CancellationToken cancellationToken) =>
        await queries.ListCommandsAsync(id, ChargePointQueries.MaxCommands, cancellationToken) is { } records
            ? TypedResults.Ok(records)
            : ApiProblems.ChargePointNotFound(id);

    private static ProblemHttpResult Problem(int status, string title, string? detail, Dictionary<string, object?> extensions) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail, extensions: extensions);

    private static JsonElement? ParseResponse(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
