using AngleSharp.Dom;
using EvDashboard.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Components.Stations;

/// <summary>Renders a page of the running test app (its real services and database) at a given address.</summary>
internal static class PageRenderer
{
    public static async Task<IDocument> RenderAsync<TPage>(EvDashboardFactory factory, string path, IDictionary<string, object?>? parameters = null)
        where TPage : IComponent
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var navigation = scope.ServiceProvider.GetRequiredService<NavigationManager>();
        ((IHostEnvironmentNavigationManager)navigation).Initialize("http://localhost/", $"http://localhost{path}");
        return await ComponentRenderer.RenderAsync<TPage>(scope.ServiceProvider, parameters);
    }
}
