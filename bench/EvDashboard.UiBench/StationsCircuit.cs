using Microsoft.Playwright;

namespace EvDashboard.UiBench;

/// <summary>
/// One browser context and page on /stations: one Blazor Server circuit. A MutationObserver in the page counts the
/// renders that change a connector's power or energy text, which only the live circuit can do (prerendered HTML never
/// changes), so a page that counts updates is a real, live circuit.
/// </summary>
internal sealed class StationsCircuit(IBrowserContext context, IPage page)
{
    private const string Figures = "[data-figure=\"power\"],[data-figure=\"energy\"]";

    private const string InstallObserver = """
        figures => {
            const state = { updates: 0, last: performance.now(), maxGap: 0, start: '' };
            const snapshot = () => Array.from(document.querySelectorAll(figures), e => e.textContent).join('|');
            state.reset = () => { state.updates = 0; state.maxGap = 0; state.last = performance.now(); state.start = snapshot(); };
            state.read = () => ({
                updates: state.updates,
                maxGapMs: Math.max(state.maxGap, performance.now() - state.last),
                changed: snapshot() !== state.start,
                rows: document.querySelectorAll('[data-station]').length,
            });
            const isFigure = node => (node.nodeType === 1 ? node : node.parentElement)?.closest(figures) != null;
            new MutationObserver(records => {
                if (!records.some(r => isFigure(r.target))) return;
                const now = performance.now();
                state.maxGap = Math.max(state.maxGap, now - state.last);
                state.last = now;
                state.updates++;
            }).observe(document.body, { subtree: true, childList: true, characterData: true });
            state.reset();
            window.__uiBench = state;
        }
        """;

    public IPage Page { get; } = page;

    /// <summary>Opens /stations signed in (the stored cookie) and waits until the circuit has pushed a live figure.</summary>
    public static async Task<StationsCircuit> OpenAsync(IBrowser browser, string storageState, UiBenchOptions options)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = options.Width, Height = options.Height },
            BaseURL = options.Url.ToString(),
            StorageState = storageState,
        });
        try
        {
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(60_000);
            await page.GotoAsync("/stations");
            await page.Locator("[data-figure=\"energy\"]").First.WaitForAsync();
            await page.EvaluateAsync(InstallObserver, Figures);
            await page.WaitForFunctionAsync("() => window.__uiBench.read().updates > 0");
            return new StationsCircuit(context, page);
        }
        catch
        {
            await context.CloseAsync();
            throw;
        }
    }

    public Task ResetAsync() => Page.EvaluateAsync("() => window.__uiBench.reset()");

    public async Task<CircuitActivity> ReadAsync()
    {
        var read = await Page.EvaluateAsync<ActivityJson>("() => window.__uiBench.read()");
        return new CircuitActivity(read.Updates, read.MaxGapMs, read.Changed, read.Rows);
    }

    /// <summary>Closes like a user closing the tab: unload handlers run, so Blazor tells the server the circuit is gone.</summary>
    public async Task CloseAsync()
    {
        await Page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
        await context.CloseAsync();
    }

    // Playwright creates the result with a parameterless constructor and sets its properties.
    private sealed class ActivityJson
    {
        public int Updates { get; set; }

        public double MaxGapMs { get; set; }

        public bool Changed { get; set; }

        public int Rows { get; set; }
    }
}
