using EvDashboard.Core.Audit;
using EvDashboard.Core.Billing.Queries;
using EvDashboard.Core.Sites;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvDashboard.Core.Billing;

public static class BillingServiceCollectionExtensions
{
    /// <summary>Invoices: numbering, automatic receipts, invoice runs, credit notes, payment status, queries.</summary>
    public static IServiceCollection AddBilling(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(SiteClock)))
        {
            services.AddSites();
        }

        services.TryAddSingleton<AuditTrail>();
        services.AddOptions<BillingOptions>().BindConfiguration(BillingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<InvoiceIssuer>();
        services.AddSingleton<ReceiptIssuer>();
        services.AddSingleton<InvoiceRun>();
        services.AddSingleton<InvoiceAdministration>();
        services.AddSingleton<InvoiceQueries>();
        services.AddHostedService<ReceiptWorker>();
        return services;
    }
}
