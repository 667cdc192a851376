using EvDashboard.Core.Stations;

namespace EvDashboard.Tests.Core.Stations;

public sealed class ChargePointTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("CP-1", true)]
    [InlineData("A", true)]
    [InlineData("Site_7.Bay-12~x", true)]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef", true)] // 48
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0", false)] // 49
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("CP 1", false)]
    [InlineData("CP/1", false)]
    [InlineData("CP\t1", false)]
    [InlineData("CP\u007f1", false)]
    [InlineData("Ladepunkt-ä", false)]
    public void IsValidId_Id_1To48PrintableAsciiWithoutSlash(string? id, bool expected)
    {
        var valid = ChargePoint.IsValidId(id);

        Assert.Equal(expected, valid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("CP/1")]
    public void Constructor_InvalidId_Throws(string id)
    {
        Assert.Throws<ArgumentException>(() => new ChargePoint(id, null, T0, registeredOnFirstConnect: false));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Constructor_ValidId_NotSeenYet(bool registeredOnFirstConnect)
    {
        var chargePoint = new ChargePoint("CP-1", "Bay 1", T0, registeredOnFirstConnect);

        Assert.Equal(("CP-1", "Bay 1", T0, registeredOnFirstConnect), (chargePoint.Id, chargePoint.Name, chargePoint.CreatedAt, chargePoint.IsNew));
        Assert.Null(chargePoint.LastSeenAt);
        Assert.Null(chargePoint.LastBootAt);
        Assert.Null(chargePoint.KeyHash);
    }

    [Fact]
    public void RecordBoot_Boot_IdentityStoredAndSeen()
    {
        var chargePoint = new ChargePoint("CP-1", null, T0, registeredOnFirstConnect: false);
        var boot = new BootInfo("Acme", "Fast50", "CPS-1", "CBS-1", "1.2.3", "8931", "2620", "MT", "MS-9");

        chargePoint.RecordBoot(boot, T0.AddMinutes(1));

        Assert.Equal(("Acme", "Fast50", "CPS-1", "CBS-1", "1.2.3"), (chargePoint.Vendor, chargePoint.Model, chargePoint.ChargePointSerialNumber, chargePoint.ChargeBoxSerialNumber, chargePoint.FirmwareVersion));
        Assert.Equal(("8931", "2620", "MT", "MS-9"), (chargePoint.Iccid, chargePoint.Imsi, chargePoint.MeterType, chargePoint.MeterSerialNumber));
        Assert.Equal((T0.AddMinutes(1), T0.AddMinutes(1)), (chargePoint.LastBootAt!.Value, chargePoint.LastSeenAt!.Value));
    }

    [Fact]
    public void RecordBoot_EarlierThanLastSeen_BootRecordedLastSeenKept()
    {
        var chargePoint = new ChargePoint("CP-1", null, T0, registeredOnFirstConnect: false);
        chargePoint.MarkSeen(T0.AddMinutes(10));

        chargePoint.RecordBoot(new BootInfo("Acme", "Fast50", null, null, null, null, null, null, null), T0.AddMinutes(5));

        Assert.Equal(T0.AddMinutes(5), chargePoint.LastBootAt);
        Assert.Equal(T0.AddMinutes(10), chargePoint.LastSeenAt);
    }

    [Theory]
    [InlineData(60, 60)]
    [InlineData(0, 0)]
    [InlineData(-60, 0)]
    public void MarkSeen_AfterSeenAtT0_MovesForwardOnly(int secondsLater, int expectedSecondsLater)
    {
        var chargePoint = new ChargePoint("CP-1", null, T0, registeredOnFirstConnect: false);
        chargePoint.MarkSeen(T0);

        chargePoint.MarkSeen(T0.AddSeconds(secondsLater));

        Assert.Equal(T0.AddSeconds(expectedSecondsLater), chargePoint.LastSeenAt);
    }
}
