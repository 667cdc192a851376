namespace EvDashboard.Core.Sessions.Queries;

/// <summary>A session with its timeline: every meter sample and the connector's status changes while it ran.</summary>
public sealed record SessionDetail : SessionView
{
    public SessionDetail(SessionView session, IReadOnlyList<MeterSampleView> meterSamples, IReadOnlyList<StatusChangeView> statusHistory)
        : base(session)
    {
        MeterSamples = meterSamples;
        StatusHistory = statusHistory;
    }

    public IReadOnlyList<MeterSampleView> MeterSamples { get; init; }

    public IReadOnlyList<StatusChangeView> StatusHistory { get; init; }
}
