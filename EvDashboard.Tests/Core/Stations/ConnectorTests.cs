using EvDashboard.Core.Stations;

namespace EvDashboard.Tests.Core.Stations;

public sealed class ConnectorTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Constructor_NewConnector_UnavailableUntilFirstReport()
    {
        var connector = new Connector("CP-1", 1);

        Assert.Equal((ConnectorStatus.Unavailable, "NoError"), (connector.Status, connector.ErrorCode));
        Assert.Null(connector.StatusSince);
    }

    [Fact]
    public void Apply_FirstReport_TakenAsCurrent()
    {
        var connector = new Connector("CP-1", 1);
        var report = new StatusReport(1, ConnectorStatus.Faulted, "GroundFailure", "RCD tripped", "Acme", "E42", T0);

        var changed = connector.Apply(report);

        Assert.True(changed);
        Assert.Equal((ConnectorStatus.Faulted, "GroundFailure", "RCD tripped"), (connector.Status, connector.ErrorCode, connector.Info));
        Assert.Equal(("Acme", "E42", (DateTimeOffset?)T0), (connector.VendorId, connector.VendorErrorCode, connector.StatusSince));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(0, true)]
    [InlineData(-1, false)]
    public void Apply_ReportRelativeToCurrent_OnlyLaterOrEqualReplaces(int secondsAfterCurrent, bool expectedChange)
    {
        var connector = new Connector("CP-1", 1);
        connector.Apply(new StatusReport(1, ConnectorStatus.Charging, "NoError", "first", null, null, T0));
        var report = new StatusReport(1, ConnectorStatus.Finishing, "OtherError", "second", "V", "X1", T0.AddSeconds(secondsAfterCurrent));

        var changed = connector.Apply(report);

        Assert.Equal(expectedChange, changed);
        Assert.Equal(
            expectedChange ? (ConnectorStatus.Finishing, "OtherError", "second", T0.AddSeconds(secondsAfterCurrent)) : (ConnectorStatus.Charging, "NoError", "first", T0),
            (connector.Status, connector.ErrorCode, connector.Info, connector.StatusSince!.Value));
    }

    [Fact]
    public void Apply_LaterReportWithoutDetails_ClearsOldDetails()
    {
        var connector = new Connector("CP-1", 1);
        connector.Apply(new StatusReport(1, ConnectorStatus.Faulted, "GroundFailure", "RCD tripped", "Acme", "E42", T0));

        connector.Apply(new StatusReport(1, ConnectorStatus.Available, "NoError", null, null, null, T0.AddMinutes(1)));

        Assert.Equal((ConnectorStatus.Available, "NoError"), (connector.Status, connector.ErrorCode));
        Assert.Equal((null, null, null), (connector.Info, connector.VendorId, connector.VendorErrorCode));
    }
}
