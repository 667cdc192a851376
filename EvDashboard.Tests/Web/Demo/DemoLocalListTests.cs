using EvDashboard.Core.Ocpp.V16;
using EvDashboard.Demo;

namespace EvDashboard.Tests.Web.Demo;

public sealed class DemoLocalListTests
{
    [Fact]
    public void Apply_FullThenDifferential_ReplacesThenAddsAndRemoves()
    {
        var list = new DemoLocalList();

        var full = list.Apply(Request(1, UpdateType.Full, ("A", true), ("B", true)));
        var diff = list.Apply(Request(2, UpdateType.Differential, ("C", true), ("a", false)));

        Assert.Equal((UpdateStatus.Accepted, UpdateStatus.Accepted), (full, diff));
        Assert.Equal((2, 2), (list.Version, list.Count));
    }

    [Fact]
    public void Apply_DifferentialWithOldVersion_VersionMismatchAndNothingChanges()
    {
        var list = new DemoLocalList();
        list.Apply(Request(3, UpdateType.Full, ("A", true)));

        var status = list.Apply(Request(3, UpdateType.Differential, ("B", true)));

        Assert.Equal(UpdateStatus.VersionMismatch, status);
        Assert.Equal((3, 1), (list.Version, list.Count));
    }

    [Fact]
    public void Apply_MoreEntriesThanOneMessageMayCarry_FailedAndNothingChanges()
    {
        var list = new DemoLocalList();
        var entries = Enumerable.Range(0, DemoLocalList.SendMaxLength + 1).Select(i => ($"T{i}", true)).ToArray();

        var status = list.Apply(Request(1, UpdateType.Full, entries));

        Assert.Equal(UpdateStatus.Failed, status);
        Assert.Equal((0, 0), (list.Version, list.Count));
    }

    private static SendLocalListRequest Request(int version, UpdateType type, params (string IdTag, bool Keep)[] entries) => new()
    {
        ListVersion = version,
        UpdateType = type,
        LocalAuthorizationList = entries
            .Select(e => new AuthorizationData { IdTag = e.IdTag, IdTagInfo = e.Keep ? new IdTagInfo { Status = AuthorizationStatus.Accepted } : null })
            .ToList(),
    };
}
