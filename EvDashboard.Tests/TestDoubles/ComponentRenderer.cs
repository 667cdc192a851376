using System.Security.Claims;
using EvDashboard.Access;
using EvDashboard.Components.Shared;
using EvDashboard.Core.Access;
using Microsoft.AspNetCore.Components.Authorization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EvDashboard.Tests.TestDoubles;

/// <summary>
/// Renders a component to HTML with the framework's HtmlRenderer (bUnit cannot be restored here) and
/// parses the markup, so tests assert on elements and classes rather than substrings.
/// </summary>
public static class ComponentRenderer
{
    public static async Task<IDocument> RenderAsync<TComponent>(IServiceProvider services, IDictionary<string, object?>? parameters = null)
        where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(services, services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(
                parameters is null ? ParameterView.Empty : ParameterView.FromDictionary(parameters));
            await output.QuiescenceTask;
            return output.ToHtmlString();
        });
        return new HtmlParser().ParseDocument($"<html><body>{html}</body></html>");
    }

    /// <summary>
    /// A service provider with logging and a signed-in user (an Admin unless <paramref name="role"/> says
    /// otherwise) checked against the app's own policies; add what the component injects.
    /// </summary>
    public static ServiceCollection Services(string role = OperatorRoles.Admin)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAuthorizationBuilder().AddAccessPolicies();
        services.AddCascadingAuthenticationState();
        services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState(role));
        services.AddScoped<OperatorGate>();
        return services;
    }

    private sealed class FixedAuthenticationState(string role) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
            Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.Name, $"{role.ToLowerInvariant()}@example.com"), new Claim(ClaimTypes.Role, role)], "Test"))));
    }
}
