using System.Diagnostics;
using Microsoft.Playwright;

namespace EvDashboard.E2E.Live;

/// <summary>Waits, in the browser, for text to appear inside an element (polled every animation frame).</summary>
public static class PageText
{
    // textContent costs no layout, so polling it every frame does not slow the page it measures; innerText is what is visible.
    private const string Script = """
        ([selector, text, visible]) => {
            const scope = selector ? document.querySelector(selector) : document.body;
            return !!scope && (visible ? scope.innerText : scope.textContent).includes(text);
        }
        """;

    /// <summary>
    /// Waits until the element (or the whole body, when <paramref name="selector"/> is null) contains <paramref name="text"/>;
    /// with <paramref name="visible"/>, only text that is rendered on screen counts (not hidden options or tooltips).
    /// </summary>
    public static async Task WaitForAsync(IPage page, string? selector, string text, bool visible = false, float timeoutMs = 10_000)
    {
        ArgumentNullException.ThrowIfNull(page);
        try
        {
            await page.WaitForFunctionAsync(Script, new object?[] { selector, text, visible }, new PageWaitForFunctionOptions { Timeout = timeoutMs, PollingInterval = null });
        }
        catch (TimeoutException ex)
        {
            var shown = await page.EvaluateAsync<string>("s => (s ? document.querySelector(s) : document.body)?.innerText ?? '(no such element)'", selector);
            throw new TimeoutException($"\"{text}\" did not appear in {selector ?? "the page"} at {page.Url} within {timeoutMs} ms. It shows:\n{Shorten(shown)}", ex);
        }
    }

    /// <summary>Runs <paramref name="send"/> and returns the time until the text is in the DOM.</summary>
    public static async Task<TimeSpan> MeasureAsync(IPage page, string? selector, string text, Func<Task> send)
    {
        ArgumentNullException.ThrowIfNull(send);
        var clock = Stopwatch.StartNew();
        // The wait is installed before the event is sent, so the time is send → text in the DOM, polled every frame.
        var shown = WaitForAsync(page, selector, text);
        await send();
        await shown;
        return clock.Elapsed;
    }

    private static string Shorten(string text) => text.Length <= 2_000 ? text : text[..2_000] + "…";
}
