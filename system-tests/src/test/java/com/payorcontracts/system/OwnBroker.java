package com.payorcontracts.system;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Kafka broker of a test's own (KRaft, one node, topics created on first use) on loopback ports of
 * its own, with its own data directory, from the libraries infra/kafka.sh fetched: a test may kill
 * it without touching the shared broker.
 */
final class OwnBroker {

    private final Path root;
    private final Path work;
    private final int port;
    private final int controllerPort;
    private Process process;

    OwnBroker(Path root, Path work, int port, int controllerPort) {
        this.root = root;
        this.work = work;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    String bootstrap() {
        return "127.0.0.1:" + port;
    }

    /** Starts the broker; {@code fresh} first empties and formats its data directory. */
    void start(boolean fresh) throws Exception {
        Path lib = root.resolve("infra/.kafka/lib");
        assertThat(lib).as("Kafka's libraries (./test.sh starts infra/kafka.sh first)").isDirectory();
        Path data = work.resolve("kafka-data");
        Path config = work.resolve("server.properties");
        if (fresh) {
            deleteRecursively(data);
            Files.createDirectories(work);
            // As infra/kafka.sh's, but topics appear on first use and everything is on this test's ports.
            Files.writeString(config, """
                    process.roles=broker,controller
                    node.id=1
                    controller.quorum.bootstrap.servers=127.0.0.1:%2$d
                    listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                    advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                    controller.listener.names=CONTROLLER
                    listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                    log.dirs=%3$s
                    num.partitions=6
                    offsets.topic.replication.factor=1
                    offsets.topic.num.partitions=6
                    transaction.state.log.replication.factor=1
                    transaction.state.log.min.isr=1
                    share.coordinator.state.topic.replication.factor=1
                    share.coordinator.state.topic.min.isr=1
                    group.initial.rebalance.delay.ms=0
                    auto.create.topics.enable=true
                    message.max.bytes=16777216
                    """.formatted(port, controllerPort, data));
            byte[] id = new byte[16];
            new SecureRandom().nextBytes(id);
            Process format = java(lib, "kafka.tools.StorageTool", "format", "--standalone", "-t",
                    Base64.getUrlEncoder().withoutPadding().encodeToString(id), "-c", config.toString())
                    .redirectOutput(work.resolve("format.log").toFile()).redirectErrorStream(true).start();
            assertThat(format.waitFor()).as("kafka storage format, see " + work.resolve("format.log")).isZero();
        }
        process = java(lib, "kafka.Kafka", config.toString())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("kafka.log").toFile())).redirectErrorStream(true).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                assertThat(process.isAlive()).as("broker died, see " + work.resolve("kafka.log")).isTrue();
                assertThat(Instant.now()).as("broker listening within 60 s").isBefore(deadline);
                Thread.sleep(200);
            }
        }
    }

    /** SIGKILL, as a crashed broker. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    /** SIGTERM, then SIGKILL if it has not stopped in 20 s. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private ProcessBuilder java(Path lib, String main, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms128m", "-Xmx384m", "-Dlog4j2.configurationFile=" + root.resolve("infra/kafka-log4j2.yaml"),
                "-Dkafka.logs.dir=" + work.resolve("kafka-logs"), "-cp", lib + "/*", main));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
