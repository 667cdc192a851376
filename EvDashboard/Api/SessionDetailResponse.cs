using System.ComponentModel;
using EvDashboard.Core.Healing.Continuation;
using EvDashboard.Core.Sessions.Queries;

namespace EvDashboard.Api;

/// <summary>GET /api/sessions/{transactionId}: the session, its timeline and its cost.</summary>
internal sealed record SessionDetailResponse : SessionView
{
    public SessionDetailResponse(SessionDetail detail, SessionCostResponse? cost, SessionChainView? chain)
        : base(detail)
    {
        MeterSamples = detail.MeterSamples;
        StatusHistory = detail.StatusHistory;
        Cost = cost;
        ClosedBySystem = chain?.ClosedBySystem ?? false;
        ContinuesTransactionId = chain?.ContinuesTransactionId;
        ChainRootId = chain?.ChainRootId;
    }

    public IReadOnlyList<MeterSampleView> MeterSamples { get; init; }

    public IReadOnlyList<StatusChangeView> StatusHistory { get; init; }

    [Description("The final or running cost; null when the session is unpriced (no tariff applied when it started).")]
    public SessionCostResponse? Cost { get; init; }

    [Description("True when the reconciler closed the session (its StopTransaction never came); stopReason then says why.")]
    public bool ClosedBySystem { get; init; }

    [Description("The session this one continues after a power loss or reboot; null for a first session.")]
    public int? ContinuesTransactionId { get; init; }

    [Description("The first session of this session's continuation chain (its one billing session and receipt); null when not part of a chain.")]
    public int? ChainRootId { get; init; }
}
