using EvDashboard.Components.Pages.Sessions;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Sessions.Queries;
using EvDashboard.Core.Sites;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Components.Sessions;

public sealed class SessionHistoryCriteriaTests
{
    [Fact]
    public void ToFilter_LocalDates_BecomeUtcBoundsOfTheSitesDays()
    {
        using var services = SessionComponentServices.Create();
        var clock = services.GetRequiredService<SiteClock>();
        var criteria = new SessionHistoryCriteria { From = new DateOnly(2026, 3, 29), To = new DateOnly(2026, 3, 29) };

        var filter = criteria.ToFilter(clock);

        // Berlin moves to summer time on 29 March 2026: the day starts at 23:00 UTC and is 23 hours long.
        Assert.Equal(new DateTimeOffset(2026, 3, 28, 23, 0, 0, TimeSpan.Zero), filter.From);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 22, 0, 0, TimeSpan.Zero), filter.Until);
    }

    [Fact]
    public void ToQueryString_Parse_RoundTrips()
    {
        var criteria = new SessionHistoryCriteria
        {
            From = new DateOnly(2026, 11, 1), To = new DateOnly(2026, 11, 30), Station = "CP 1&2", Tag = "04A1", TagPrefix = true,
            Status = SessionStatus.Interrupted, Sort = new SessionHistorySort(SessionHistoryOrder.Energy, Descending: false),
        };

        var query = criteria.ToQueryString();

        Assert.Equal("?from=2026-11-01&to=2026-11-30&station=CP%201%262&tag=04A1&match=prefix&status=interrupted&sort=energy&dir=asc", query);
        Assert.Equal(criteria, SessionHistoryCriteria.Parse(QueryHelpers.ParseQuery(query)));
    }

    [Theory]
    [InlineData("?from=yesterday&status=broken&sort=nope&match=maybe")]
    [InlineData("")]
    public void Parse_UnreadableOrMissing_NoFilterNewestFirst(string query)
    {
        var criteria = SessionHistoryCriteria.Parse(QueryHelpers.ParseQuery(query));

        Assert.Equal(new SessionHistoryCriteria(), criteria);
        Assert.Equal(string.Empty, criteria.ToQueryString());
    }
}
