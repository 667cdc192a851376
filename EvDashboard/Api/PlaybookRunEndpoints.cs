using EvDashboard.Core.Healing.Playbooks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EvDashboard.Api;

/// <summary>/api/charge-points/{id}/playbook-runs: what self-healing did on a charge point (Monitor).</summary>
internal static class PlaybookRunEndpoints
{
    public static RouteGroupBuilder MapPlaybookRunEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/charge-points/{id}/playbook-runs", ListAsync).WithTags("Self-healing").WithName("ListPlaybookRuns")
            .WithSummary($"The newest {PlaybookRunQueries.MaxRuns} self-healing playbook runs of the charge point, newest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<PlaybookRunView>>, ProblemHttpResult>> ListAsync(
        string id, PlaybookRunQueries queries, CancellationToken cancellationToken) =>
        await queries.RecentAsync(id, PlaybookRunQueries.MaxRuns, cancellationToken) is { } runs
            ? TypedResults.Ok(runs)
            : ApiProblems.ChargePointNotFound(id);
}
