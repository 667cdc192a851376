using EvDashboard.Components.Pages.Sessions;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Sessions.Queries;
using EvDashboard.Core.Sites;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Components.Sessions;

public sealed class SessionCsvWriterTests
{
    private static readonly DateTimeOffset Start = new(2026, 7, 1, 6, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task WriteAsync_Rows_HeaderWithUnitsThenOneLineEach()
    {
        using var services = SessionComponentServices.Create();
        var clock = services.GetRequiredService<SiteClock>();
        var writer = new StringWriter();

        var costs = new FakeSessionCosts();
        costs.Add(FakeSessionCosts.Euro(1, 123_456, isFinal: true));
        costs.Add(FakeSessionCosts.Euro(2, 594, isFinal: false));

        var count = await SessionCsvWriter.WriteAsync(
            writer, Rows(Row(), Row() with { TransactionId = 2, Status = SessionStatus.Active, EndedAt = null, MeterStopWh = null, StopReason = null }), clock, costs, CancellationToken.None);

        var lines = writer.ToString().Split("\r\n");
        Assert.Equal(2, count);
        Assert.Equal(SessionCsvWriter.Header, lines[0]);
        Assert.Contains("energy_wh", lines[0], StringComparison.Ordinal);
        Assert.Equal("1,CP-1,2,04A1…F6,completed,2026-07-01T06:30:00Z,2026-07-01T08:30:00+02:00,2026-07-01T08:00:00Z,2026-07-01T10:00:00+02:00,,5400,23456,1000,24456,EVDisconnected,TagNotAccepted,EUR,1234.56,234.57,1469.13,true", lines[1]);
        Assert.Equal("2,CP-1,2,04A1…F6,active,2026-07-01T06:30:00Z,2026-07-01T08:30:00+02:00,,,,5400,23456,1000,,,TagNotAccepted,EUR,5.94,1.13,7.07,false", lines[2]);
        Assert.Equal(string.Empty, lines[3]);
    }

    [Theory]
    [InlineData("JPY", 1_500, "JPY,1500,285,1785,true")]
    [InlineData("KWD", 12_345, "KWD,12.345,2.346,14.691,true")]
    public void Line_Cost_MajorUnitsWithTheCurrencysDigits(string currency, long netMinor, string expectedFields)
    {
        using var services = SessionComponentServices.Create();
        var euro = FakeSessionCosts.Euro(1, netMinor, isFinal: true);
        var cost = euro with { Breakdown = euro.Breakdown with { Currency = currency } };

        var line = SessionCsvWriter.Line(Row(), services.GetRequiredService<SiteClock>(), cost);

        Assert.EndsWith("," + expectedFields + "\r\n", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_Unpriced_EmptyCostColumns()
    {
        using var services = SessionComponentServices.Create();

        var line = SessionCsvWriter.Line(Row(), services.GetRequiredService<SiteClock>());

        Assert.EndsWith(",TagNotAccepted,,,,,\r\n", line, StringComparison.Ordinal);
        Assert.Equal(SessionCsvWriter.Header.Split(',').Length, line.TrimEnd().Split(',').Length);
    }

    [Theory]
    [InlineData("CP,1", "\"CP,1\"")]
    [InlineData("CP \"A\"", "\"CP \"\"A\"\"\"")]
    [InlineData("=HYPERLINK(1)", "'=HYPERLINK(1)")]
    [InlineData("-1+1", "'-1+1")]
    public void Line_Text_QuotedAndDefused(string chargePointId, string expectedField)
    {
        using var services = SessionComponentServices.Create();

        var line = SessionCsvWriter.Line(Row() with { ChargePointId = chargePointId }, services.GetRequiredService<SiteClock>());

        Assert.StartsWith($"1,{expectedField},2,", line, StringComparison.Ordinal);
    }

    private static SessionHistoryRow Row() => new(
        1, "CP-1", 2, "04A1B2C3D4E5F6", Start, Start.AddMinutes(90), null, SessionStatus.Completed, 1_000, 24_456, 23_456,
        TimeSpan.FromMinutes(90), "EVDisconnected", SessionWarnings.TagNotAccepted);

    private static async IAsyncEnumerable<SessionHistoryRow> Rows(params SessionHistoryRow[] rows)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }
}
