/*
 * The link to the server is back: say so. Vaadin shows "reconnecting" when a request fails and resends what
 * was queued once the link returns, but its indicator can go on saying "reconnecting" afterwards (until the next
 * heartbeat, minutes later). While it says so, this probe asks the server for a small file every two seconds;
 * once one arrives and Vaadin has nothing left in flight, the screen is marked connected again.
 */
const PROBE = 'icons/pyykkinaru.svg';

function flowBusy() {
  const clients = (window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {};
  return Object.values(clients).some((client) => typeof client.isActive === 'function' && client.isActive());
}

async function probe() {
  const store = window.Vaadin && window.Vaadin.connectionState;
  if (!store || store.state !== 'reconnecting') {
    return;
  }
  try {
    const answer = await fetch(`${PROBE}?link=${Date.now()}`, { cache: 'no-store' });
    if (answer.ok && !flowBusy() && store.state === 'reconnecting') {
      store.state = 'connected';
    }
  } catch (e) {
    // Still down: Vaadin keeps retrying, and so does this.
  }
}

if (!window.pkLinkProbe) {
  window.pkLinkProbe = setInterval(probe, 2000);
}
