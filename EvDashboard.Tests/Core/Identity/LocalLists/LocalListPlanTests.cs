using EvDashboard.Core.Identity;
using EvDashboard.Core.Identity.LocalLists;
using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Tests.Core.Identity.LocalLists;

public sealed class LocalListPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Desired_MixedTags_KeepsAcceptedBlockedExpiredAndMarksLapsedExpired()
    {
        LocalListItem[] tags =
        [
            new("B", AuthorizationOutcome.Blocked, null, null),
            new("A", AuthorizationOutcome.Accepted, Now.AddDays(1), "GROUP"),
            new("LAPSED", AuthorizationOutcome.Accepted, Now, null),
            new("GONE", AuthorizationOutcome.Invalid, null, null),
            new("OLD", AuthorizationOutcome.Expired, null, null),
        ];

        var desired = LocalListPlan.Desired(tags, Now);

        Assert.Equal(
            [("A", AuthorizationOutcome.Accepted), ("B", AuthorizationOutcome.Blocked), ("LAPSED", AuthorizationOutcome.Expired), ("OLD", AuthorizationOutcome.Expired)],
            desired.Select(d => (d.IdTag, d.Status)));
    }

    [Fact]
    public void Changes_AddedChangedRemovedUnchanged_SendsOnlyTheDifference()
    {
        LocalListItem[] held =
        [
            new("SAME", AuthorizationOutcome.Accepted, null, null),
            new("CHANGED", AuthorizationOutcome.Accepted, null, null),
            new("REMOVED", AuthorizationOutcome.Accepted, null, null),
        ];
        LocalListItem[] desired =
        [
            new("same", AuthorizationOutcome.Accepted, null, null),
            new("CHANGED", AuthorizationOutcome.Blocked, null, null),
            new("NEW", AuthorizationOutcome.Accepted, Now.AddDays(3), "GROUP"),
        ];

        var changes = LocalListPlan.Changes(desired, held);

        Assert.Equal(
            [("CHANGED", (AuthorizationStatus?)AuthorizationStatus.Blocked), ("NEW", AuthorizationStatus.Accepted), ("REMOVED", null)],
            changes.Select(c => (c.IdTag, c.IdTagInfo?.Status)));
        Assert.Equal((Now.AddDays(3), "GROUP"), (changes[1].IdTagInfo!.ExpiryDate, changes[1].IdTagInfo!.ParentIdTag));
    }

    [Fact]
    public void Changes_NothingChanged_Empty()
    {
        LocalListItem[] list = [new("A", AuthorizationOutcome.Accepted, null, null)];

        Assert.Empty(LocalListPlan.Changes(list, list));
    }
}
