using EvDashboard.Components.Pages.Sessions;
using EvDashboard.Core.Sessions.Estimation;
using EvDashboard.Core.Sessions.Queries;

namespace EvDashboard.Tests.Web.Components.Sessions;

public sealed class ActiveSessionMergeTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Merge_FreshRows_ReplaceReadOnesDropEndedAndKeepOrder()
    {
        List<ActiveSessionView> current = [Row(3, 30), Row(2, 20), Row(1, 10)];
        var fresh = new[] { Row(3, 30) with { EnergyWh = 999, Estimate = new EndTimeEstimate(T0, EstimateBasis.TagAverage) { SessionCount = 4 } } };

        // 3 was read and is still active; 2 was read and is no longer active; 1 ended meanwhile by the live feed.
        var merged = ActiveSessionMerge.Merge(current, [3, 2], fresh, new HashSet<int> { 1 });

        var only = Assert.Single(merged);
        Assert.Equal((3, 999L, EstimateBasis.TagAverage), (only.TransactionId, only.EnergyWh, only.Estimate.Basis));
    }

    [Fact]
    public void Merge_UnreadRows_StaySortedNewestFirst()
    {
        var merged = ActiveSessionMerge.Merge([Row(5, 5), Row(9, 50)], [], [], new HashSet<int>());

        Assert.Equal([9, 5], merged.Select(r => r.TransactionId));
    }

    private static ActiveSessionView Row(int id, int minutes) =>
        new(id, "CP-1", 1, "TAG", T0.AddMinutes(minutes), 0, null, null, null, EndTimeEstimate.None);
}
