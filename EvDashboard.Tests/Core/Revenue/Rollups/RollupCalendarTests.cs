using EvDashboard.Core.Revenue.Rollups;

namespace EvDashboard.Tests.Core.Revenue.Rollups;

public sealed class RollupCalendarTests
{
    [Theory]
    [InlineData("Europe/Berlin", "2026-03-29", 23, "2026-03-28T23:00:00Z")]
    [InlineData("Europe/Berlin", "2026-10-25", 25, "2026-10-24T22:00:00Z")]
    [InlineData("Asia/Kolkata", "2026-06-10", 24, "2026-06-09T18:30:00Z")]
    [InlineData("America/New_York", "2026-11-01", 25, "2026-11-01T04:00:00Z")]
    [InlineData("UTC", "2026-06-10", 24, "2026-06-10T00:00:00Z")]
    public void Window_PastDay_HoursCoverTheLocalDay(string zoneId, string date, int hours, string startUtc)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);

        var window = RollupCalendar.Window(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), zone, DateTimeOffset.MaxValue);

        Assert.Equal(hours, window.Hours.Count);
        Assert.Equal(DateTimeOffset.Parse(startUtc, System.Globalization.CultureInfo.InvariantCulture), window.Start);
        Assert.Equal(window.Start, window.Hours[0].Start);
        Assert.Equal(window.End, window.Hours[^1].End);
        Assert.All(window.Hours.Zip(window.Hours.Skip(1)), pair => Assert.Equal(pair.First.End, pair.Second.Start));
        Assert.Equal(window.End, window.Until);
    }

    [Fact]
    public void Window_BerlinAutumnDay_RepeatedHourTwiceAndSundayIsSix()
    {
        var window = RollupCalendar.Window(new DateOnly(2026, 10, 25), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), DateTimeOffset.MaxValue);

        Assert.Equal([0, 1, 2, 2, 3], window.Hours.Take(5).Select(h => h.LocalHour));
        Assert.All(window.Hours, h => Assert.Equal(6, h.Weekday));
    }

    [Fact]
    public void Window_Today_OnlyHoursStartedAndUntilNow()
    {
        var now = new DateTimeOffset(2026, 6, 10, 7, 45, 0, TimeSpan.Zero);

        var window = RollupCalendar.Window(new DateOnly(2026, 6, 10), TimeZoneInfo.Utc, now);

        Assert.Equal(8, window.Hours.Count);
        Assert.Equal(now, window.Until);
    }
}
