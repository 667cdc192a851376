using EvDashboard.Core.Identity;
using EvDashboard.Core.Identity.LocalLists;
using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Tests.Core.Identity.LocalLists;

/// <summary>How an update is cut into messages that fit SendLocalListMaxLength, and what the charger holds after each.</summary>
public sealed class LocalListSplitTests
{
    private static readonly LocalListItem[] Desired =
    [
        new("A", AuthorizationOutcome.Accepted, null, null),
        new("B", AuthorizationOutcome.Blocked, null, null),
        new("C", AuthorizationOutcome.Accepted, null, null),
        new("D", AuthorizationOutcome.Accepted, null, "A"),
        new("E", AuthorizationOutcome.Expired, null, null),
    ];

    [Fact]
    public void Split_FullLongerThanLimit_FullThenDifferentialsOfAtMostTheLimit()
    {
        var parts = LocalListPlan.Split(UpdateType.Full, LocalListPlan.Full(Desired), perMessage: 2);

        Assert.Equal(
            ["Full A,B", "Differential C,D", "Differential E"],
            parts.Select(p => $"{p.UpdateType} {string.Join(',', p.Entries.Select(e => e.IdTag))}"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(5)]
    [InlineData(50)]
    public void Split_WithinLimitOrNoLimit_OneMessageAsAsked(int? perMessage)
    {
        var parts = LocalListPlan.Split(UpdateType.Full, LocalListPlan.Full(Desired), perMessage);

        Assert.Equal(UpdateType.Full, Assert.Single(parts).UpdateType);
        Assert.Equal(5, parts[0].Entries.Count);
    }

    [Fact]
    public void Split_DifferentialWithRemovals_RemovalsFirstAllDifferential()
    {
        LocalListItem[] held = [new("A", AuthorizationOutcome.Accepted, null, null), new("OLD1", AuthorizationOutcome.Accepted, null, null), new("OLD2", AuthorizationOutcome.Accepted, null, null)];
        LocalListItem[] desired = [Desired[0], Desired[1], Desired[2]];

        var parts = LocalListPlan.Split(UpdateType.Differential, LocalListPlan.Changes(desired, held), perMessage: 2);

        Assert.Equal(
            ["Differential OLD1-,OLD2-", "Differential B+,C+"],
            parts.Select(p => $"{p.UpdateType} {string.Join(',', p.Entries.Select(e => e.IdTag + (e.IdTagInfo is null ? "-" : "+")))}"));
    }

    [Fact]
    public void Apply_PartsInTurn_FullReplacesDifferentialAddsChangesAndRemoves()
    {
        LocalListItem[] stale = [new("Z", AuthorizationOutcome.Accepted, null, null)];
        var parts = LocalListPlan.Split(UpdateType.Full, LocalListPlan.Full(Desired), perMessage: 2);

        var afterFirst = LocalListPlan.Apply(stale, parts[0], Desired);
        var afterSecond = LocalListPlan.Apply(afterFirst, parts[1], Desired);
        var removal = new LocalListPart(UpdateType.Differential, [new AuthorizationData { IdTag = "a" }]);
        var afterRemoval = LocalListPlan.Apply(afterSecond, removal, Desired);

        Assert.Equal(["A", "B"], afterFirst.Select(t => t.IdTag));
        Assert.Equal(["A", "B", "C", "D"], afterSecond.Select(t => t.IdTag));
        Assert.Equal("A", afterSecond[3].ParentIdTag);
        Assert.Equal(["B", "C", "D"], afterRemoval.Select(t => t.IdTag));
    }

    [Fact]
    public void LimitsFrom_ConfigurationAnswer_ParsesKeysCaseInsensitivelyAndIgnoresNonsense()
    {
        var limits = LocalListLimits.From(new GetConfigurationResponse
        {
            ConfigurationKey =
            [
                new KeyValue { Key = "sendlocallistmaxlength", Readonly = true, Value = " 20 " },
                new KeyValue { Key = "LocalAuthListMaxLength", Readonly = true, Value = "many" },
                new KeyValue { Key = "LocalAuthListEnabled", Readonly = false, Value = "false" },
            ],
        });
        var zero = LocalListLimits.From(new GetConfigurationResponse
        {
            ConfigurationKey = [new KeyValue { Key = "SendLocalListMaxLength", Readonly = true, Value = "0" }],
            UnknownKey = ["LocalAuthListMaxLength"],
        });

        Assert.Equal(new LocalListLimits(20, null, false), limits);
        Assert.Equal(new LocalListLimits(null, null, null), zero);
    }
}
