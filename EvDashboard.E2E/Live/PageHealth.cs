using Microsoft.Playwright;

namespace EvDashboard.E2E.Live;

/// <summary>
/// Collects what a broken page leaves behind: script errors, console errors, an empty stylesheet, and on the page
/// the friendly error box, Blazor's error bar or the reconnect dialog.
/// </summary>
public sealed class PageHealth
{
    private readonly List<string> _errors = [];

    private PageHealth(IPage page)
    {
        page.PageError += (_, error) => Add($"script error: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Add($"console error: {message.Text}");
            }
        };
    }

    public static PageHealth Watch(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new PageHealth(page);
    }

    public async Task AssertHealthyAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var shown = await page.EvaluateAsync<string[]>("""
            () => [
                ['.evd-friendly-error', 'the friendly error box (a component threw)'],
                ['#blazor-error-ui', "Blazor's error bar"],
                ['.components-reconnect-show, .components-reconnect-failed, .components-reconnect-rejected', 'the reconnect dialog'],
            ].filter(([selector]) => [...document.querySelectorAll(selector)].some(e => e.offsetParent !== null))
             .map(([, what]) => what)
            """);
        // A stylesheet served empty (PLATFORM.md: static web assets outside Development) leaves the page unstyled but "working".
        var emptyStyles = await page.EvaluateAsync<string[]>("""
            async () => {
                const links = [...document.querySelectorAll('link[rel=stylesheet]')];
                await Promise.all(links.filter(link => !link.sheet).map(link => new Promise(done => {
                    link.addEventListener('load', done, { once: true });
                    link.addEventListener('error', done, { once: true });
                    setTimeout(done, 5000);
                })));
                return links.filter(link => !link.sheet || link.sheet.cssRules.length === 0).map(link => link.href);
            }
            """);
        string[] errors;
        lock (_errors)
        {
            errors = [.. _errors, .. shown.Select(s => $"visible: {s}"), .. emptyStyles.Select(href => $"stylesheet not loaded or empty: {href}")];
        }

        Assert.True(errors.Length == 0, $"{page.Url} is broken:\n{string.Join('\n', errors)}");
    }

    /// <summary>The script and console errors seen so far, one a line (empty when none).</summary>
    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return string.Join('\n', _errors);
            }
        }
    }

    private void Add(string error)
    {
        lock (_errors)
        {
            _errors.Add(error);
        }
    }
}
