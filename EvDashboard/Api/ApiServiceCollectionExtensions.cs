using System.Text.Json.Serialization;
using EvDashboard.Core.Access;
using EvDashboard.Core.Identity.Queries;
using EvDashboard.Core.Sessions.Queries;
using EvDashboard.Core.Stations.Queries;
using EvDashboard.Core.Tariffs.Queries;
using Microsoft.AspNetCore.Authentication;

namespace EvDashboard.Api;

/// <summary>
/// The management API: minimal APIs under /api behind X-Api-Key, described at /openapi/v1.json. Reading needs the
/// Monitor policy (every role); changing anything needs Operate unless an endpoint names its own policy.
/// </summary>
internal static class ApiServiceCollectionExtensions
{
    public static IServiceCollection AddManagementApi(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, configureOptions: null);
        services.AddProblemDetails();
        services.AddTransient<IStartupFilter, ApiProblemStartupFilter>();
        // Enums travel as their names (OCPP's own words: "Charging", "Accepted"), never as numbers.
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi(options => options.AddDocumentTransformer<ApiKeySecuritySchemeTransformer>());
        services.AddChargePointQueries();
        services.AddSessionQueries();
        services.AddIdTagQueries();
        services.AddTariffCatalogue();
        return services;
    }

    public static IEndpointRouteBuilder MapManagementApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi().RequireAuthorization(AccessPolicies.Monitor);
        var api = endpoints.MapGroup("/api").RequireAuthorization(AccessPolicies.Monitor);
        ((IEndpointConventionBuilder)api).Finally(ApiWritePolicy.Apply);
        api.MapChargePointEndpoints();
        api.MapCommandEndpoints();
        api.MapPlaybookRunEndpoints();
        api.MapIdTagEndpoints();
        api.MapSessionEndpoints();
        api.MapTariffEndpoints();
        api.MapInvoiceEndpoints();
        api.MapReportEndpoints();
        api.MapAlertEndpoints();
        return endpoints;
    }
}
