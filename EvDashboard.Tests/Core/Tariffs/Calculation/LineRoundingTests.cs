using EvDashboard.Core.Common;
using EvDashboard.Core.Tariffs.Calculation;
using static EvDashboard.Tests.Core.Tariffs.Calculation.TariffFixtures;

namespace EvDashboard.Tests.Core.Tariffs.Calculation;

public sealed class LineRoundingTests
{
    [Theory]
    // Three half cents each round up to 1 (3), but the net 1.5 ct rounds to 2: the first of the tied lines gives one back.
    [InlineData("EUR", "0.005;0.005;0.005", 2, "0;1;1")]
    // 33.3 + 33.3 + 33.4 ct round to 99; the net is 100: the line rounded down most (33.4) gets the cent.
    [InlineData("EUR", "0.333;0.333;0.334", 100, "33;33;34")]
    // A negative cap line rounds away from zero like the rest: 1.5 → 2 and −0.5 → −1 add up to the net 1.
    [InlineData("EUR", "0.015;-0.005", 1, "2;-1")]
    // Yen: 10.4 + 10.4 + 10.4 = 31.2 → 31; each rounds to 10 (30): the lines rounded down most take the yen, ties the first.
    [InlineData("JPY", "10.4;10.4;10.4", 31, "11;10;10")]
    [InlineData("EUR", "", 0, "")]
    public void Share_LinesAddUpToTheOnceRoundedNet(string currency, string amounts, long expectedNet, string expectedShares)
    {
        decimal[] exact = [.. Split(amounts).Select(Dec)];

        var shares = LineRounding.Share(exact, Currency.Find(currency), out var net);

        Assert.Equal(expectedNet, net);
        Assert.Equal(Split(expectedShares).Select(long.Parse), shares);
    }

    private static string[] Split(string values) => values.Length == 0 ? [] : values.Split(';');
}
