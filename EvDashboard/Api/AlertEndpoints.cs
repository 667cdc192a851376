using System.Security.Claims;
using EvDashboard.Core.Access;
using EvDashboard.Core.Alerts;
using EvDashboard.Core.Alerts.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EvDashboard.Api;

/// <summary>/api/alerts and /api/alert-rules: list, inspect and acknowledge alerts; read and change the rules; a charge point's automation.</summary>
internal static class AlertEndpoints
{
    private const int DefaultLimit = 100;

    public static RouteGroupBuilder MapAlertEndpoints(this RouteGroupBuilder api)
    {
        var alerts = api.MapGroup("/alerts").WithTags("Alerts");
        alerts.MapGet("/", ListAsync).WithName("ListAlerts")
            .WithSummary("Alerts, newest first: ?status=open|acknowledged|resolved, ?chargePointId=, ?severity=info|warning|critical, ?rule=, ?limit=1..500 (100).")
            .ProducesValidationProblem();
        alerts.MapGet("/{id:long}", GetAsync).WithName("GetAlert").WithSummary("One alert with who acknowledged it and its e-mail and webhook deliveries.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        alerts.MapPost("/{id:long}/acknowledge", AcknowledgeAsync).WithName("AcknowledgeAlert")
            .WithSummary("Acknowledges an open alert with an optional note; 409 when it is already acknowledged or resolved.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(AccessPolicies.Operate);

        var rules = api.MapGroup("/alert-rules").WithTags("Alerts");
        rules.MapGet("/", ListRulesAsync).WithName("ListAlertRules").WithSummary("Every alert rule with its settings in force and its per-charge-point exclusions.");
        rules.MapPut("/{key}", ChangeRuleAsync).WithName("ChangeAlertRule")
            .WithSummary("Replaces a rule's settings; an omitted field takes the rule's default.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(AccessPolicies.Administer);

        api.MapGroup("/charge-points").WithTags("Alerts")
            .MapPut("/{id}/automation", ConfigureAutomationAsync).WithName("ConfigureChargePointAutomation")
            .WithSummary("Switches a charge point's self-healing playbooks and session continuation on or off.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(AccessPolicies.Operate);
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<AlertResponse>>, ValidationProblem>> ListAsync(
        string? status, string? chargePointId, string? severity, string? rule, int? limit, AlertQueries queries, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        AlertStatus? statusValue = null;
        if (status is not null)
        {
            statusValue = AlertApiWords.TryParse<AlertStatus>(status, out var s) ? s : Refuse<AlertStatus>(errors, "status", AlertApiWords.Statuses);
        }

        AlertSeverity? severityValue = null;
        if (severity is not null)
        {
            severityValue = AlertApiWords.TryParse<AlertSeverity>(severity, out var v) ? v : Refuse<AlertSeverity>(errors, "severity", AlertApiWords.Severities);
        }

        if (limit is < 1 or > AlertFilter.MaxTake)
        {
            errors["limit"] = [$"1 to {AlertFilter.MaxTake}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await queries.ListAsync(
            new AlertFilter(statusValue, chargePointId, severityValue, rule, Take: limit ?? DefaultLimit), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<AlertResponse>>([.. page.Rows.Select(AlertResponse.From)]);
    }

    private static async Task<Results<Ok<AlertDetailResponse>, ProblemHttpResult>> GetAsync(long id, AlertQueries queries, CancellationToken cancellationToken) =>
        await queries.GetDetailAsync(id, cancellationToken) is { } detail
            ? TypedResults.Ok(AlertDetailResponse.From(detail))
            : ApiProblems.NotFound("Alert not found", $"There is no alert {id}.");

    private static async Task<Results<Ok<AlertDetailResponse>, ValidationProblem, ProblemHttpResult>> AcknowledgeAsync(
        long id, AcknowledgeAlertRequest? request, ClaimsPrincipal user, AlertAdministration administration, AlertQueries queries,
        CancellationToken cancellationToken)
    {
        var result = await administration.AcknowledgeAsync(id, request?.Note, ApiActor.From(user), cancellationToken);
        return result.Outcome switch
        {
            AlertChangeOutcome.Changed => TypedResults.Ok(AlertDetailResponse.From((await queries.GetDetailAsync(id, cancellationToken))!)),
            AlertChangeOutcome.Invalid => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["note"] = [result.Message] }),
            AlertChangeOutcome.Conflict => ApiProblems.Conflict("Alert not open", result.Message),
            _ => ApiProblems.NotFound("Alert not found", result.Message),
        };
    }

    private static async Task<Ok<IReadOnlyList<AlertRuleResponse>>> ListRulesAsync(AlertRuleQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<AlertRuleResponse>>([.. (await queries.ListAsync(cancellationToken)).Select(AlertRuleResponse.From)]);

    private static async Task<Results<Ok<AlertRuleResponse>, ValidationProblem, ProblemHttpResult>> ChangeRuleAsync(
        string key, AlertRuleRequest request, ClaimsPrincipal user, AlertAdministration administration, AlertRuleQueries queries,
        CancellationToken cancellationToken)
    {
        if (AlertRuleCatalog.Find(key) is not { } rule)
        {
            return ApiProblems.NotFound("Alert rule not found", $"There is no alert rule '{key}'.");
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.ToChange(rule, errors) is not { } change)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await administration.ChangeRuleAsync(key, change, ApiActor.From(user), cancellationToken);
        return result.Outcome == AlertChangeOutcome.Invalid
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["settings"] = [result.Message] })
            : TypedResults.Ok(AlertRuleResponse.From((await queries.GetAsync(key, cancellationToken))!));
    }

    private static async Task<Results<Ok<ChargePointAutomationResponse>, ValidationProblem, ProblemHttpResult>> ConfigureAutomationAsync(
        string id, ChargePointAutomationRequest request, ClaimsPrincipal user, AlertAdministration administration, AlertRuleQueries queries,
        CancellationToken cancellationToken)
    {
        if (request.Playbooks is not { } playbooks || request.Continuation is not { } continuation)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["automation"] = ["Both playbooks and continuation (true or false) are required."] });
        }

        var result = await administration.ConfigureAutomationAsync(id, playbooks, continuation, ApiActor.From(user), cancellationToken);
        return result.Succeeded
            ? TypedResults.Ok(ChargePointAutomationResponse.From((await queries.AutomationAsync(id, cancellationToken))!))
            : ApiProblems.ChargePointNotFound(id);
    }

    private static T? Refuse<T>(Dictionary<string, string[]> errors, string field, IReadOnlyList<string> allowed)
        where T : struct
    {
        errors[field] = [$"One of {string.Join(", ", allowed)}."];
        return null;
    }
}
