using System.Security.Claims;
using AngleSharp.Dom;
using EvDashboard.Core.Access;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.TestDoubles;

/// <summary>
/// Renders a page of the running test app (its real services, policies and database) at a given address,
/// as an operator with <c>role</c> would see it.
/// </summary>
internal static class AppPageRenderer
{
    public static async Task<IDocument> RenderAsync<TPage>(
        EvDashboardFactory factory, string path, IDictionary<string, object?>? parameters = null, string role = OperatorRoles.Admin)
        where TPage : IComponent
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var navigation = scope.ServiceProvider.GetRequiredService<NavigationManager>();
        ((IHostEnvironmentNavigationManager)navigation).Initialize("http://localhost/", $"http://localhost{path}");
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, $"{role.ToLowerInvariant()}@example.com"), new Claim(ClaimTypes.Role, role)], "Test"));
        var authentication = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        authentication.SetAuthenticationState(Task.FromResult(new AuthenticationState(user)));
        return await ComponentRenderer.RenderAsync<TPage>(scope.ServiceProvider, parameters);
    }
}
