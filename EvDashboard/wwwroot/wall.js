// The wall display runs for days on a screen nobody touches, so it must come back by itself from anything
// that breaks its live connection: a server restart, a long network loss, a circuit that died.
//
// Two signals, one remedy:
//  - Blazor's reconnect element (#components-reconnect-modal, ours in WallPage.razor) gets the class
//    components-reconnect-rejected when the server answers but no longer knows the circuit (it restarted), or
//    components-reconnect-failed when Blazor has given up retrying;
//  - the heartbeat element, which the server re-renders every second, stops changing (whatever the reason).
// The remedy: wait until the server answers again (back-off up to a minute), then reload the page.

const checkEveryMs = 5000;
const staleAfterMs = 30000;
const probeDelaysMs = [1000, 2000, 5000, 10000, 20000, 30000, 60000];

let watching = false;
let reloading = false;

export function watch(heartbeat) {
    if (watching) {
        return;
    }

    watching = true;
    let lastBeat = heartbeat.textContent;
    let lastChange = Date.now();

    setInterval(() => {
        const modal = document.getElementById('components-reconnect-modal');
        if (modal && (modal.classList.contains('components-reconnect-rejected') || modal.classList.contains('components-reconnect-failed'))) {
            reloadWhenServerAnswers();
            return;
        }

        const beat = heartbeat.isConnected ? heartbeat.textContent : null;
        if (beat !== lastBeat) {
            lastBeat = beat;
            lastChange = Date.now();
        } else if (Date.now() - lastChange > staleAfterMs) {
            reloadWhenServerAnswers();
        }
    }, checkEveryMs);
}

async function reloadWhenServerAnswers() {
    if (reloading) {
        return;
    }

    reloading = true;
    for (let attempt = 0; ; attempt++) {
        try {
            const response = await fetch(location.href, { cache: 'no-store' });
            if (response.ok) {
                location.reload();
                return;
            }
        } catch {
            // The server is still unreachable: try again later.
        }

        await new Promise(resolve => setTimeout(resolve, probeDelaysMs[Math.min(attempt, probeDelaysMs.length - 1)]));
    }
}
