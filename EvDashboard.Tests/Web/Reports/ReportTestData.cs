using EvDashboard.Core.Revenue.Reports;
using EvDashboard.Core.Sites;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.Options;

namespace EvDashboard.Tests.Web.Reports;

internal static class ReportTestData
{
    public static readonly ReportRequest October = new(ReportKind.Revenue, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), ReportGrouping.Day, ReportComparison.PreviousPeriod);

    public static ReportResult OctoberReport => FakeReportQueries.Report(October);

    public static SiteClock Clock() =>
        new(new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 17, 0, 0, TimeSpan.Zero)), Options.Create(new SiteOptions { TimeZone = "Europe/Berlin" }));
}
