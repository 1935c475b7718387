package fi.pyykkinaru.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The venue Wi-Fi between a stand browser and the server, on loopback: a TCP relay that can drop every
 * connection and refuse new ones ({@link #cut()}) until {@link #restore()}, as a link that goes and comes back.
 */
final class LinkProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean down;

    LinkProxy(int target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("link-proxy").start(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** The link drops: open connections break, new ones are closed at once. */
    void cut() {
        down = true;
        open.forEach(LinkProxy::closeQuietly);
        open.clear();
    }

    void restore() {
        down = false;
    }

    @Override
    public void close() {
        cut();
        closeQuietly(listener);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket browser = listener.accept();
                if (down) {
                    closeQuietly(browser);
                    continue;
                }
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(browser);
                open.add(server);
                Thread.ofVirtual().start(() -> pump(browser, server));
                Thread.ofVirtual().start(() -> pump(server, browser));
            } catch (IOException e) {
                // Listener closed, or the server refused: the browser sees a failed request and retries.
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                if (down) {
                    break;
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // One side closed: the other goes too.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Already closed.
        }
    }
}
