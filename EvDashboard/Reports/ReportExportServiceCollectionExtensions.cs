using EvDashboard.Reports.Jobs;

namespace EvDashboard.Reports;

internal static class ReportExportServiceCollectionExtensions
{
    /// <summary>The report writers (one per format) and the background export jobs with their clean-up.</summary>
    public static IServiceCollection AddReportExports(this IServiceCollection services)
    {
        services.AddSingleton<IReportWriter, ReportJsonWriter>();
        services.AddSingleton<IReportWriter, ReportCsvWriter>();
        services.AddSingleton<IReportWriter, ReportXlsxWriter>();
        services.AddSingleton<IReportWriter, ReportPdfWriter>();
        services.AddSingleton<ReportDownload>();
        services.AddSingleton<ExportJobs>();
        services.AddSingleton<SessionRangeExport>();
        services.AddHostedService<ExportJobSweeper>();
        return services;
    }
}
