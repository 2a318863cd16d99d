// Opens Neo4j Community embedded with Bolt on 127.0.0.1:<port>, store under <home>; prints a ready line; closes cleanly on SIGTERM/SIGINT.
package tracegraph;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/** Usage: Launcher HOME PORT [--exit-on-stdin-eof]. The Node side waits for the line starting with READY_LINE. */
public final class Launcher {
  static final String READY_LINE = "TRACEGRAPH_ENGINE_READY";

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: Launcher HOME PORT [--exit-on-stdin-eof]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    boolean exitOnStdinEof = args.length > 2 && args[2].equals("--exit-on-stdin-eof");
    long started = System.nanoTime();

    // Auth is off because Bolt listens on the loopback interface only (see engine/README.md).
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        // A local tool sends nothing anywhere: no anonymous usage report to neo4j.com.
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
        // Small graphs: no 256 MB pre-allocated transaction log per store, keep at most ~100 MB of them.
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(32))
        // Bolt otherwise waits 5 s twice on shutdown for connections and threads that a local engine does not have.
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("Tracegraph engine: shutting down");
      dbms.shutdown();
      System.out.println("Tracegraph engine: stopped");
    }, "tracegraph-shutdown"));

    if (!dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(120_000)) {
      System.err.println("Tracegraph engine: the database did not become available within 120 s");
      System.exit(1);
    }
    waitForBolt(port);
    long ms = (System.nanoTime() - started) / 1_000_000;
    System.out.println(READY_LINE + " bolt://127.0.0.1:" + port + " in " + ms + " ms");
    System.out.flush();

    if (exitOnStdinEof) {
      // Attached to a parent process: when its end of the pipe closes (even on SIGKILL), shut down too.
      Thread watchdog = new Thread(() -> {
        try {
          InputStream in = System.in;
          while (in.read() != -1) {
            // ignore input
          }
        } catch (IOException ignored) {
          // a broken pipe means the same thing as EOF
        }
        System.out.println("Tracegraph engine: parent process gone");
        System.exit(0);
      }, "tracegraph-parent-watchdog");
      watchdog.setDaemon(true);
      watchdog.start();
    }
  }

  private static void waitForBolt(int port) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    System.err.println("Tracegraph engine: Bolt did not accept connections on 127.0.0.1:" + port);
    System.exit(1);
  }
}
