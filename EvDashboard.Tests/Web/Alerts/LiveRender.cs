using System.Security.Claims;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using EvDashboard.Core.Access;
using EvDashboard.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.Web.HtmlRendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EvDashboard.Tests.Web.Alerts;

/// <summary>
/// A component kept rendered in the running test app, so a test can publish live events and wait for the markup to
/// follow (the framework's HtmlRenderer re-renders on StateHasChanged; its HTML is read again on each check).
/// </summary>
internal sealed class LiveRender<TComponent> : IAsyncDisposable
    where TComponent : IComponent
{
    private readonly AsyncServiceScope _scope;
    private readonly HtmlRenderer _renderer;
    private HtmlRootComponent _root;

    private LiveRender(AsyncServiceScope scope, HtmlRenderer renderer)
    {
        _scope = scope;
        _renderer = renderer;
    }

    public static async Task<LiveRender<TComponent>> StartAsync(EvDashboardFactory factory, string role = OperatorRoles.Admin)
    {
        var scope = factory.Services.CreateAsyncScope();
        ((IHostEnvironmentNavigationManager)scope.ServiceProvider.GetRequiredService<NavigationManager>()).Initialize("http://localhost/", "http://localhost/");
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "live@example.com"), new Claim(ClaimTypes.Role, role)], "Test"));
        ((IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(user)));
        var live = new LiveRender<TComponent>(scope, new HtmlRenderer(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<ILoggerFactory>()));
        live._root = await live._renderer.Dispatcher.InvokeAsync(async () =>
        {
            var root = await live._renderer.RenderComponentAsync<TComponent>();
            await root.QuiescenceTask;
            return root;
        });
        return live;
    }

    public Task<IDocument> DocumentAsync() =>
        _renderer.Dispatcher.InvokeAsync(() => (IDocument)new HtmlParser().ParseDocument($"<html><body>{_root.ToHtmlString()}</body></html>"));

    /// <summary>Re-reads the markup until <paramref name="condition"/> holds; fails after five seconds.</summary>
    public async Task<IDocument> WaitForAsync(Func<IDocument, bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (true)
        {
            var document = await DocumentAsync();
            if (condition(document))
            {
                return document;
            }

            Assert.False(timeout.IsCancellationRequested, $"The markup never matched: {document.Body!.InnerHtml}");
            await Task.Delay(20, CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _scope.DisposeAsync();
    }
}
