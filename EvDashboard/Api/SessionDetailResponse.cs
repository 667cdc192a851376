using System.ComponentModel;
using EvDashboard.Core.Sessions.Queries;

namespace EvDashboard.Api;

/// <summary>GET /api/sessions/{transactionId}: the session, its timeline and its cost.</summary>
internal sealed record SessionDetailResponse : SessionView
{
    public SessionDetailResponse(SessionDetail detail, SessionCostResponse? cost)
        : base(detail)
    {
        MeterSamples = detail.MeterSamples;
        StatusHistory = detail.StatusHistory;
        Cost = cost;
    }

    public IReadOnlyList<MeterSampleView> MeterSamples { get; init; }

    public IReadOnlyList<StatusChangeView> StatusHistory { get; init; }

    [Description("The final or running cost; null when the session is unpriced (no tariff applied when it started).")]
    public SessionCostResponse? Cost { get; init; }
}
