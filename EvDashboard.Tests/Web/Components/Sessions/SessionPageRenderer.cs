using AngleSharp.Dom;
using EvDashboard.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Components.Sessions;

/// <summary>Renders a session page with the test app's real services and database, as if opened at <c>path</c>.</summary>
internal static class SessionPageRenderer
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
