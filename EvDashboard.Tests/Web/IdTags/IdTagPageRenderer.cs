using System.Security.Claims;
using AngleSharp.Dom;
using EvDashboard.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.IdTags;

/// <summary>
/// Renders a page of the running test app as a signed-in operator: the idTag pages take the actor for their audit
/// entries from the cascading authentication state, which a circuit normally provides.
/// </summary>
internal static class IdTagPageRenderer
{
    public static async Task<IDocument> RenderAsync<TPage>(EvDashboardFactory factory, string path)
        where TPage : IComponent
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var navigation = scope.ServiceProvider.GetRequiredService<NavigationManager>();
        ((IHostEnvironmentNavigationManager)navigation).Initialize("http://localhost/", $"http://localhost{path}");
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "op@example.com")], "Test"));
        ((IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(user)));
        return await ComponentRenderer.RenderAsync<TPage>(scope.ServiceProvider);
    }
}
