using EvDashboard.Core.Tariffs.Queries;

namespace EvDashboard.Components.Pages.Tariffs;

internal static class TariffPagesServiceCollectionExtensions
{
    /// <summary>The tariff pages' services: the catalogue's queries, changes and cost preview.</summary>
    public static IServiceCollection AddTariffPages(this IServiceCollection services) => services.AddTariffCatalogue();
}
