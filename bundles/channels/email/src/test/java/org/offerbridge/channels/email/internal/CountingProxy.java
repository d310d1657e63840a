package org.offerbridge.channels.email.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A TCP proxy in front of a test IMAP server that records every command the client sends (a tagged line such as
 * {@code A12 UID FETCH ...}): what a reader costs in round trips, counted rather than timed.
 */
final class CountingProxy implements AutoCloseable {
    private static final Pattern TAGGED = Pattern.compile("^[A-Za-z]+[0-9]+ [A-Z].*");

    private final ServerSocket server;
    private final int target;
    private final List<String> commands = Collections.synchronizedList(new ArrayList<>());
    private final List<Socket> open = Collections.synchronizedList(new ArrayList<>());

    CountingProxy(int targetPort) throws IOException {
        this.target = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "imap-counting-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    List<String> commands() {
        synchronized (commands) {
            return List.copyOf(commands);
        }
    }

    void reset() {
        commands.clear();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(client);
                open.add(upstream);
                pump(upstream.getInputStream(), client.getOutputStream(), null);
                pump(client.getInputStream(), upstream.getOutputStream(), this::record);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void record(String line) {
        if (TAGGED.matcher(line).matches()) {
            commands.add(line);
        }
    }

    private interface Lines {
        void line(String line);
    }

    /** Copies bytes as they come; the client side is also split into lines for counting. */
    private static void pump(InputStream in, OutputStream out, Lines lines) throws IOException {
        PipedOutputStream tap = lines == null ? null : new PipedOutputStream();
        PipedInputStream tapped = lines == null ? null : new PipedInputStream(tap, 1 << 20);
        Thread copier = new Thread(() -> {
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) >= 0;) {
                    if (tap != null) {
                        tap.write(buf, 0, n);
                        tap.flush();
                    }
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed
            } finally {
                try {
                    out.close();
                    if (tap != null) {
                        tap.close();
                    }
                } catch (IOException e) {
                    // closing anyway
                }
            }
        }, "imap-proxy-pump");
        copier.setDaemon(true);
        copier.start();
        if (lines != null) {
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(tapped, StandardCharsets.ISO_8859_1))) {
                    for (String l; (l = r.readLine()) != null;) {
                        lines.line(l);
                    }
                } catch (IOException e) {
                    // closed
                }
            }, "imap-proxy-lines");
            reader.setDaemon(true);
            reader.start();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        synchronized (open) {
            for (Socket s : open) {
                s.close();
            }
        }
    }
}
