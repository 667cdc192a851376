using Microsoft.AspNetCore.Http.HttpResults;

namespace EvDashboard.Api;

/// <summary>RFC 7807 answers shared by the endpoints.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    public static ProblemHttpResult Conflict(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);

    public static ProblemHttpResult ChargePointNotFound(string id) =>
        NotFound("Charge point not found", $"There is no charge point with id '{id}'.");
}
