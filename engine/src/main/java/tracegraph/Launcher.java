// Opens Neo4j Community embedded with Bolt on 127.0.0.1:<port>, store under <home>; prints a ready line; closes cleanly on SIGTERM/SIGINT.
package tracegraph;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Usage: Launcher HOME PORT [--exit-on-stdin-eof] [--warm-up]. The Node side waits for the line starting
 * with READY_LINE. --warm-up runs a few typical statements and exits: the build uses it once, under
 * -XX:ArchiveClassesAtExit, to record the classes a start needs (class-data sharing makes later starts faster).
 */
public final class Launcher {
  static final String READY_LINE = "TRACEGRAPH_ENGINE_READY";

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: Launcher HOME PORT [--exit-on-stdin-eof] [--warm-up]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    List<String> flags = Arrays.asList(args).subList(2, args.length);
    boolean exitOnStdinEof = flags.contains("--exit-on-stdin-eof");
    boolean warmUp = flags.contains("--warm-up");
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

    if (warmUp) {
      warmUp(dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
      System.exit(0);
    }
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

  /** Statements like Tracegraph's own (schema, MERGE, full-text search, traversal), so their classes are recorded. */
  private static void warmUp(GraphDatabaseService db) {
    db.executeTransactionally("CREATE CONSTRAINT warm_entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE");
    db.executeTransactionally("CREATE INDEX warm_entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)");
    db.executeTransactionally("CREATE FULLTEXT INDEX warm_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText]");
    db.executeTransactionally("CALL db.awaitIndexes(60)");
    db.executeTransactionally(
        "UNWIND range(1, 200) AS i MERGE (e:Entity {id: 'e' + i}) SET e.name = 'Name ' + i, e.aliasText = 'alias ' + i "
            + "MERGE (a:Article {id: 'a' + (i % 20)}) SET a.date = '2019-05-0' + (i % 9 + 1) "
            + "MERGE (e)-[m:MENTIONED_IN]->(a) SET m.count = coalesce(m.count, 0) + 1",
        Map.of());
    db.executeTransactionally(
        "MATCH (e:Entity)-[:MENTIONED_IN]->(a:Article)<-[:MENTIONED_IN]-(o:Entity) WHERE e <> o "
            + "WITH e, o, count(a) AS shared ORDER BY shared DESC LIMIT 50 "
            + "MERGE (e)-[r:CRITICIZED {article: 'a1'}]->(o) SET r.evidence = 'warm-up'",
        Map.of());
    db.executeTransactionally(
        "CALL db.index.fulltext.queryNodes('warm_names', $q) YIELD node, score RETURN node.id, score LIMIT 10",
        Map.of("q", "name~"),
        result -> result.stream().count());
    db.executeTransactionally(
        "MATCH p = shortestPath((a:Entity {id: 'e1'})-[*..4]-(b:Entity {id: 'e2'})) RETURN length(p)",
        Map.of(),
        result -> result.stream().count());
    db.executeTransactionally(
        "MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n ORDER BY n DESC",
        Map.of(),
        result -> result.stream().count());
    System.out.println("Tracegraph engine: warm-up done");
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
