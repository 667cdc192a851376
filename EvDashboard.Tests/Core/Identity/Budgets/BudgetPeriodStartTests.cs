using EvDashboard.Core.Identity;
using EvDashboard.Core.Identity.Budgets;
using EvDashboard.Core.Sites;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.Options;

namespace EvDashboard.Tests.Core.Identity.Budgets;

public sealed class BudgetPeriodStartTests
{
    [Theory]
    // Saturday 21 November 2026, 09:00 in Berlin (UTC+1).
    [InlineData("2026-11-21T08:00:00Z", BudgetPeriod.Day, "2026-11-20T23:00:00Z")]
    [InlineData("2026-11-21T08:00:00Z", BudgetPeriod.Week, "2026-11-15T23:00:00Z")]
    [InlineData("2026-11-21T08:00:00Z", BudgetPeriod.Month, "2026-10-31T23:00:00Z")]
    // 23:30 UTC on Sunday is already Monday in Berlin: a new day and a new week there.
    [InlineData("2026-11-22T23:30:00Z", BudgetPeriod.Day, "2026-11-22T23:00:00Z")]
    [InlineData("2026-11-22T23:30:00Z", BudgetPeriod.Week, "2026-11-22T23:00:00Z")]
    // Summer time (UTC+2): April's month began at 22:00 UTC on 31 March.
    [InlineData("2026-04-10T12:00:00Z", BudgetPeriod.Month, "2026-03-31T22:00:00Z")]
    public void Of_BerlinSite_StartsAtLocalMidnight(string now, BudgetPeriod period, string expected)
    {
        var instant = DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture);
        var clock = new SiteClock(new ManualTimeProvider(instant), Options.Create(new SiteOptions { TimeZone = "Europe/Berlin" }));

        var start = BudgetPeriodStart.Of(period, instant, clock);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), start);
    }

    [Theory]
    [InlineData(null, null, null, "A budget needs an energy or a cost limit.")]
    [InlineData(0L, null, null, "An energy budget is at least 1 Wh.")]
    [InlineData(null, 500L, null, "A cost budget needs an ISO 4217 currency (e.g. EUR).")]
    [InlineData(null, 500L, "eur", "A currency is three capital letters (ISO 4217, e.g. EUR).")]
    [InlineData(50_000L, 500L, "EUR", null)]
    [InlineData(50_000L, null, null, null)]
    public void Problem_Limits_ExplainsWhatIsWrong(long? energyWh, long? costMinor, string? currency, string? expected)
    {
        var budget = new TagBudget(BudgetPeriod.Week, energyWh, costMinor, currency);

        Assert.Equal(expected, budget.Problem());
    }
}
