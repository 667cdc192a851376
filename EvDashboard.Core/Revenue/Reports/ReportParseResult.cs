namespace EvDashboard.Core.Revenue.Reports;

/// <summary>A parsed request, or the message saying what was wrong with the query (an API answers it with 400).</summary>
public sealed record ReportParseResult(ReportRequest? Request, string? Error)
{
    public static ReportParseResult Ok(ReportRequest request) => new(request, null);

    public static ReportParseResult Fail(string error) => new(null, error);
}
