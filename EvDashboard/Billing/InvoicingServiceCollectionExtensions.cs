using EvDashboard.Core.Billing;

namespace EvDashboard.Billing;

internal static class InvoicingServiceCollectionExtensions
{
    /// <summary>Billing (Core) plus what the web host adds to it: the PDF renderer.</summary>
    public static IServiceCollection AddInvoicing(this IServiceCollection services)
    {
        services.AddBilling();
        services.AddSingleton<InvoicePdfRenderer>();
        return services;
    }
}
