// A javax.net.SocketFactory that reaches PostgreSQL through its unix-domain
// socket, so the JDBC check also runs against a throwaway server that listens
// on no TCP port. pgjdbc instantiates it from the URL:
//   ?socketFactory=UnixSocketFactory&socketFactoryArg=/run/pg/.s.PGSQL.5432
// Java 16+ speaks AF_UNIX through SocketChannel; pgjdbc wants a java.net.Socket,
// so UnixSocket adapts one to the other (only what pgjdbc calls).
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import javax.net.SocketFactory;

public class UnixSocketFactory extends SocketFactory {
    private final String socketPath;

    public UnixSocketFactory(String socketPath) {
        this.socketPath = socketPath;
    }

    @Override
    public Socket createSocket() {
        return new UnixSocket(socketPath);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        Socket socket = createSocket();
        socket.connect(null);
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
            throws IOException {
        return createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return createSocket(host.getHostName(), port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress,
            int localPort) throws IOException {
        return createSocket(address, port);
    }

    /** The TCP address pgjdbc passes is ignored: the socket file is the address. */
    static final class UnixSocket extends Socket {
        private final String path;
        private SocketChannel channel;
        private InputStream in;
        private OutputStream out;
        private int soTimeout;

        UnixSocket(String path) {
            this.path = path;
        }

        @Override
        public void connect(SocketAddress ignored) throws IOException {
            connect(ignored, 0);
        }

        @Override
        public void connect(SocketAddress ignored, int timeout) throws IOException {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(path));
            in = Channels.newInputStream(channel);
            out = Channels.newOutputStream(channel);
        }

        @Override public boolean isConnected() { return channel != null && channel.isConnected(); }
        @Override public boolean isClosed() { return channel != null && !channel.isOpen(); }
        @Override public InputStream getInputStream() { return in; }
        @Override public OutputStream getOutputStream() { return out; }
        // TCP options mean nothing on a unix socket; pgjdbc sets them anyway.
        @Override public void setTcpNoDelay(boolean on) {}
        @Override public boolean getTcpNoDelay() { return true; }
        @Override public void setKeepAlive(boolean on) {}
        @Override public void setSoTimeout(int timeout) { soTimeout = timeout; }
        @Override public int getSoTimeout() { return soTimeout; }
        @Override public void setReceiveBufferSize(int size) {}
        @Override public void setSendBufferSize(int size) {}
        @Override public void shutdownInput() throws IOException { channel.shutdownInput(); }
        @Override public void shutdownOutput() throws IOException { channel.shutdownOutput(); }

        @Override
        public synchronized void close() throws IOException {
            if (channel != null) {
                channel.close();
            }
        }
    }
}
