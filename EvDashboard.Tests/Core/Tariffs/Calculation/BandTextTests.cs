using System.Globalization;
using EvDashboard.Core.Tariffs;
using EvDashboard.Core.Tariffs.Calculation;

namespace EvDashboard.Tests.Core.Tariffs.Calculation;

public sealed class BandTextTests
{
    [Theory]
    [InlineData("Mon Tue Wed Thu Fri", "07:00", "22:00", null, null, "Mon–Fri 07:00–22:00")]
    [InlineData(null, "22:00", "07:00", null, null, "22:00–07:00")]
    [InlineData("Sat Sun", null, null, null, null, "Sat, Sun")]
    [InlineData("Sun Mon Tue Wed Fri", null, null, null, null, "Mon–Wed, Fri, Sun")]
    [InlineData("Mon Tue Wed Thu Fri Sat Sun", null, null, null, null, null)]
    [InlineData(null, "18:00", "00:00", null, null, "18:00–24:00")]
    [InlineData(null, "00:00", "00:00", null, null, null)]
    [InlineData(null, null, null, 20_000L, null, "from 20 kWh")]
    [InlineData(null, null, null, null, 20_000L, "up to 20 kWh")]
    [InlineData(null, null, null, 10_000L, 22_500L, "10–22.5 kWh")]
    [InlineData("Sat Sun", "22:00", "07:00", null, 20_000L, "Sat, Sun 22:00–07:00, up to 20 kWh")]
    public void Describe_Restriction_ShortPlainText(string? days, string? start, string? end, long? minWh, long? maxWh, string? expected)
    {
        var restriction = new PriceRestriction(
            days?.Split(' ').Select(ParseDay).ToArray(), start is null ? null : TimeOnly.Parse(start, CultureInfo.InvariantCulture),
            end is null ? null : TimeOnly.Parse(end, CultureInfo.InvariantCulture), minWh, maxWh);

        Assert.Equal(expected, BandText.Describe(restriction, withEnergy: true));
    }

    [Fact]
    public void Describe_NoRestrictionOrEnergyOnlyForTime_Null()
    {
        Assert.Null(BandText.Describe(null, withEnergy: true));
        Assert.Null(BandText.Describe(new PriceRestriction(MaxEnergyWh: 20_000), withEnergy: false));
    }

    private static DayOfWeek ParseDay(string shortName) =>
        Enum.GetValues<DayOfWeek>().Single(d => d.ToString().StartsWith(shortName, StringComparison.Ordinal));
}
